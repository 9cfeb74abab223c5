package org.kiosque.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.kiosque.article.ArticleStatus;

/** Where each action takes an article, and what the editor measures of its text. */
class WorkflowTests {

	private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

	private static final Instant BEFORE = Instant.parse("2026-05-01T10:00:00Z");

	@Test
	void actionsMoveArticlesAlongTheWorkflow() {
		assertThat(Workflow.next(null, null, DeskAction.SAVE, null, NOW).status()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(Workflow.next(ArticleStatus.DRAFT, null, DeskAction.SUBMIT, null, NOW).status())
			.isEqualTo(ArticleStatus.IN_REVIEW);
		assertThat(Workflow.next(ArticleStatus.IN_REVIEW, null, DeskAction.RETURN, null, NOW).status())
			.isEqualTo(ArticleStatus.DRAFT);
		assertThat(Workflow.next(ArticleStatus.IN_REVIEW, null, DeskAction.PUBLISH, null, NOW))
			.isEqualTo(new Workflow.Step(ArticleStatus.PUBLISHED, NOW, null));
		assertThat(Workflow.next(ArticleStatus.PUBLISHED, BEFORE, DeskAction.SAVE, null, NOW))
			.isEqualTo(new Workflow.Step(ArticleStatus.PUBLISHED, BEFORE, null));
		assertThat(Workflow.next(ArticleStatus.PUBLISHED, BEFORE, DeskAction.UNPUBLISH, null, NOW))
			.isEqualTo(new Workflow.Step(ArticleStatus.UNPUBLISHED, BEFORE, null));
		assertThat(Workflow.next(ArticleStatus.UNPUBLISHED, BEFORE, DeskAction.PUBLISH, null, NOW))
			.as("back online, with its first publication time")
			.isEqualTo(new Workflow.Step(ArticleStatus.PUBLISHED, BEFORE, null));
		Instant later = NOW.plusSeconds(3600);
		assertThat(Workflow.next(ArticleStatus.DRAFT, null, DeskAction.SCHEDULE, later, NOW))
			.isEqualTo(new Workflow.Step(ArticleStatus.SCHEDULED, later, null));
		assertThat(Workflow.next(ArticleStatus.SCHEDULED, later, DeskAction.PUBLISH, null, NOW))
			.as("published now rather than at its time")
			.isEqualTo(new Workflow.Step(ArticleStatus.PUBLISHED, NOW, null));
		assertThat(Workflow.next(ArticleStatus.SCHEDULED, later, DeskAction.UNPUBLISH, null, NOW))
			.as("a cancelled schedule")
			.isEqualTo(new Workflow.Step(ArticleStatus.DRAFT, null, null));
	}

	@Test
	void impossibleMovesSayWhy() {
		assertThat(Workflow.next(ArticleStatus.DRAFT, null, DeskAction.SCHEDULE, NOW, NOW).problemKey())
			.isEqualTo("desk.problem.publish-at-past");
		assertThat(Workflow.next(ArticleStatus.DRAFT, null, DeskAction.SCHEDULE, null, NOW).problemKey())
			.isEqualTo("desk.problem.publish-at-missing");
		assertThat(Workflow.next(ArticleStatus.PUBLISHED, BEFORE, DeskAction.SCHEDULE, NOW.plusSeconds(60), NOW)
			.problemKey()).isEqualTo("desk.problem.schedule-published");
		assertThat(Workflow.next(ArticleStatus.DRAFT, null, DeskAction.UNPUBLISH, null, NOW).possible()).isFalse();
		assertThat(Workflow.next(ArticleStatus.PUBLISHED, BEFORE, DeskAction.SUBMIT, null, NOW).possible()).isFalse();
		assertThat(Workflow.next(ArticleStatus.PUBLISHED, BEFORE, DeskAction.RETURN, null, NOW).possible()).isFalse();
	}

	@Test
	void wordsAndReadingTimeCountLettersAndDigitsOnly() {
		Copy copy = new Copy("Titre", "Le chapeau, court.", "## Intertitre\n\nL’État a versé **1 204** euros.", "", "",
				"", "", "", "");
		assertThat(ReadingTime.of(copy, 200)).isEqualTo(new ReadingTime(11, 1));
		assertThat(ReadingTime.of(Copy.blank(), 200)).isEqualTo(new ReadingTime(0, 0));
		assertThat(ReadingTime.of(new Copy("", "", "mot ".repeat(401), "", "", "", "", "", ""), 200).minutes())
			.isEqualTo(3);
	}

	@Test
	void longHeadlinesAreWarnedAtEachLimit() {
		assertThat(HeadlineLength.of("x".repeat(60)).warnings()).isEmpty();
		assertThat(HeadlineLength.of("x".repeat(61)).warnings()).containsExactly("desk.headline.search");
		assertThat(HeadlineLength.of("é".repeat(71)).warnings()).containsExactly("desk.headline.search",
				"desk.headline.social");
		assertThat(HeadlineLength.of("x".repeat(111)).warnings()).hasSize(3);
		assertThat(HeadlineLength.of("🗞".repeat(60)).length()).as("characters, not UTF-16 units").isEqualTo(60);
	}

	@Test
	void aFormPostedBackIsKeptAsItWasWritten() {
		Copy posted = new Copy(" Titre ", "Chapeau\r\n", "\r\nUn.\r\n\r\nDeux.\r\n", "", "a, b", "", "", "", "");
		Copy kept = CopyRules.normalized(posted);
		assertThat(kept.headline()).isEqualTo("Titre");
		assertThat(kept.standfirst()).isEqualTo("Chapeau");
		assertThat(kept.body()).isEqualTo("Un.\n\nDeux.");
		assertThat(CopyRules.tags(" a, ,b ,")).containsExactly("a", "b");
	}

}
