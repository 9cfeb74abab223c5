package org.kiosque.comment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The comment form's rules, without Spring. */
class CommentRulesTests {

	private final CommentRules rules = new CommentRules(40, 1);

	@Test
	void aCompleteCommentHasNoProblem() {
		assertThat(rules.submission("Léa", "lea@exemple.fr", "Bien vu.").isEmpty()).isTrue();
	}

	@Test
	void eachFieldSaysWhatIsWrong() {
		assertThat(rules.submission("", "", "").keys()).containsEntry("name", "comment.error.name-empty")
			.containsEntry("email", "comment.error.email-empty")
			.containsEntry("body", "comment.error.body-empty");
		assertThat(rules.submission("x".repeat(81), "pas-une-adresse", "x".repeat(41)).keys())
			.containsEntry("name", "comment.error.name-long")
			.containsEntry("email", "comment.error.email-invalid")
			.containsEntry("body", "comment.error.body-long");
	}

	@Test
	void lengthCountsCharactersNotUtf16Units() {
		assertThat(rules.text("😀".repeat(40)).isEmpty()).isTrue();
		assertThat(rules.text("😀".repeat(41)).key("body")).isEqualTo("comment.error.body-long");
	}

	@Test
	void aReadersEditAnswersToTheLinkLimitToo() {
		String twoLinks = "https://a.example et www.b.example";
		assertThat(rules.readerEdit(twoLinks).key("body")).isEqualTo("comment.error.links");
		assertThat(rules.readerEdit("https://a.example").isEmpty()).isTrue();
		assertThat(rules.text(twoLinks).isEmpty()).as("the newsroom's text has no link limit").isTrue();
		assertThat(new CommentRules(40, -1).tooManyLinks(twoLinks)).isFalse();
	}

	@Test
	void emptyComesBeforeTooLong() {
		assertThat(rules.readerEdit("").key("body")).isEqualTo("comment.error.body-empty");
	}

}
