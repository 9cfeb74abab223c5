package org.kiosque.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What XML 1.0 refuses never gets in; what it accepts is left alone. */
class CleanTextTests {

	@Test
	void verticalTabAndFormFeedBecomeASpaceInALineAndABreakInText() {
		assertThat(CleanText.line("Deux\u000Bmots\u000Cici")).isEqualTo("Deux mots ici");
		assertThat(CleanText.lines("Deux\u000Bmots\u000Cici")).isEqualTo("Deux\nmots\nici");
	}

	@Test
	void otherControlsNonCharactersAndLoneSurrogatesAreDropped() {
		String dirty = "a\u0000b\u0001c\u001Fd\uFFFEe\uFFFFf\uD800g\uDC00h" + "\uDBFF";
		assertThat(CleanText.line(dirty)).isEqualTo("abcdefgh");
		assertThat(CleanText.lines(dirty)).isEqualTo("abcdefgh");
		assertThat(CleanText.isXmlLegal(dirty)).isFalse();
		assertThat(CleanText.isXmlLegal(CleanText.line(dirty))).isTrue();
	}

	@Test
	void legalTextIsReturnedAsItIs() {
		String legal = "« État » d’urgence\t1\u202F204\r\n\u0085\u2028 😀 \uFFFD \u007F";
		assertThat(CleanText.line(legal)).isSameAs(legal);
		assertThat(CleanText.lines(legal)).isSameAs(legal);
		assertThat(CleanText.isXmlLegal(legal)).isTrue();
	}

	@Test
	void pairedSurrogatesSurviveNextToDroppedOnes() {
		assertThat(CleanText.line("\uD83D\uDE00\uD83D\u0001\uDE00")).isEqualTo("😀");
	}

	@Test
	void nullsPassThrough() {
		assertThat(CleanText.lineOrNull(null)).isNull();
		assertThat(CleanText.linesOrNull(null)).isNull();
		assertThat(CleanText.forXml(null)).isEmpty();
	}

}
