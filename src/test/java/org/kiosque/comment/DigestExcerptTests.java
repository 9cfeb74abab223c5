package org.kiosque.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.Mailbox;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The moderators' digest quotes each waiting comment cut to 200 characters, on a
 * character and at a space of any kind, never in the middle of an emoji.
 */
@KiosqueTest
class DigestExcerptTests {

	@Autowired
	ModeratorDigest digest;

	@RegisterExtension
	CommentFixtures fixtures = new CommentFixtures();

	@Test
	void aCommentOf199LettersAndAnEmojiIsQuotedWithoutHalfAnEmoji() {
		String letters = letters(199);
		String cut = quoted(letters + "\uD83D\uDE00");

		assertThat(cut).isEqualTo(letters + "…");
	}

	@Test
	void anEmojiThatFitsIsQuotedWhole() {
		String letters = letters(197);
		String cut = quoted(letters + "\uD83D\uDE00 et la suite du commentaire");

		assertThat(cut).isEqualTo(letters + "\uD83D\uDE00…");
	}

	@Test
	void aFamilyEmojiAcrossTheCutIsLeftOutWhole() {
		String letters = letters(195);
		String family = "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
		String cut = quoted(letters + family + " fin");

		assertThat(cut).isEqualTo(letters + "…");
	}

	@Test
	void aCommentSpacedWithNoBreakSpacesIsCutAtOneOfThem() {
		String marker = letters(12);
		StringBuilder body = new StringBuilder(marker);
		while (body.length() < 300) {
			body.append('\u00a0').append("mot");
		}
		String cut = quoted(body.toString());

		assertThat(cut).hasSizeLessThanOrEqualTo(200).endsWith("mot…");
		assertThat(body.toString()).startsWith(cut.substring(0, cut.length() - 1));
	}

	@Test
	void aShortCommentOnSeveralLinesIsQuotedWholeOnOneLine() {
		String marker = letters(20);
		String cut = quoted(marker + "\n\nDeuxième paragraphe & « guillemets » d'usage.");

		assertThat(cut).isEqualTo(marker + " Deuxième paragraphe & « guillemets » d'usage.");
	}

	/**
	 * Posts {@code body} as a comment, sends the digest and gives the line quoting it
	 * (the line that starts with the body's first twelve characters).
	 */
	private String quoted(String body) {
		digest.send(); // what other tests left waiting goes in an earlier digest
		var article = fixtures.article();
		fixtures.post(fixtures.reader(), article.path(), "Zoé", CommentFixtures.email(), body);
		String start = body.substring(0, 12);
		assertThat(digest.send()).isTrue();
		String text = await().atMost(Duration.ofSeconds(10))
			.until(() -> Mailbox.to(ModerationMailAndAccountsTests.DIGEST_TO)
				.stream()
				.map(DigestExcerptTests::content)
				.filter(t -> t.contains(start))
				.findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
		assertThat(text).doesNotContain("\uFFFD");
		String line = text.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow();
		assertThat(line).doesNotContain("?");
		return line;
	}

	private static String content(MimeMessage message) {
		try {
			return (String) message.getContent();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** {@code count} letters that no other comment holds. */
	private static String letters(int count) {
		StringBuilder out = new StringBuilder();
		for (char c : Long.toString(System.nanoTime()).toCharArray()) {
			out.append((char) ('a' + (c - '0')));
		}
		while (out.length() < count) {
			out.append((char) ('k' + out.length() % 16));
		}
		return out.substring(0, count);
	}

}
