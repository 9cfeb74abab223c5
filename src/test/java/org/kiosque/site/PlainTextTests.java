package org.kiosque.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Plain text derived from HTML once: what the entities mean, never the entities; words of
 * separate blocks kept apart; white space on one line.
 */
class PlainTextTests {

	@Test
	void entitiesAreDecodedOnceAndOnlyOnce() {
		// What commonmark and the sanitiser make of the dispatch's first paragraph.
		String html = "<p>Le groupe Procter &amp; Gamble rachète l&#39;usine d&#39;Oran.</p>";
		assertThat(PlainText.ofHtml(html)).isEqualTo("Le groupe Procter & Gamble rachète l'usine d'Oran.");
		// Text that spells an entity stays that text.
		assertThat(PlainText.ofHtml("<p>On écrit &amp;amp; en HTML, et &lt;b&gt; aussi.</p>"))
			.isEqualTo("On écrit &amp; en HTML, et <b> aussi.");
		assertThat(PlainText.ofHtml("<p>&quot;Cité&quot; &#x2014; &eacute;t&eacute;&nbsp;!</p>"))
			.isEqualTo("\"Cité\" — été\u00A0!");
	}

	@Test
	void blocksAndLineBreaksSeparateWordsAndInlineMarkupDoesNot() {
		assertThat(PlainText.ofHtml("<h2>Titre</h2><p>Un <em>mot</em>s<br>suite</p><ul><li>un</li><li>deux</li></ul>"
				+ "<blockquote><p>cité</p></blockquote><table><tr><td>a</td><td>b</td></tr></table>"
				+ "<figure><img src=\"/x.jpg\" alt=\"ALT\"><figcaption>Légende</figcaption></figure><pre>x\n  y</pre>"))
			.isEqualTo("Titre Un mots suite un deux cité a b Légende x y");
	}

	@Test
	void noBreakSpacesAreKeptAndOtherRunsCollapsed() {
		assertThat(PlainText.ofHtml("<p>Il a dit&nbsp;: «\u202Foui\u202F»</p>\n\n<p>\u00A0</p><p>Fin</p>"))
			.isEqualTo("Il a dit\u00A0: «\u202Foui\u202F» Fin");
	}

	@Test
	void brokenOrEmptyHtmlGivesText() {
		assertThat(PlainText.ofHtml(null)).isEmpty();
		assertThat(PlainText.ofHtml("")).isEmpty();
		assertThat(PlainText.ofHtml("<p>ouvert <b>jamais fermé")).isEqualTo("ouvert jamais fermé");
		assertThat(PlainText.ofHtml("a < b & c > d")).isEqualTo("a < b & c > d");
		assertThat(PlainText.ofHtml("<script>alert(1)</script><style>p{}</style>texte")).isEqualTo("texte");
	}

	@Test
	void theOpeningOfALongBodyIsTheOpeningOfItsWholeTextWhereverTheHtmlIsCut() {
		String paragraph = "<p>Procter &amp; Gamble rach&egrave;te l&#39;usine <a href=\"/x?a=1&amp;b=2\">d&#39;Oran</a>"
				+ "&nbsp;: \uD83D\uDE00 <em>vraiment</em>.</p>\n";
		for (int pad = 0; pad < paragraph.length(); pad++) {
			String html = "<p>" + "x".repeat(pad) + "</p>" + paragraph.repeat(200);
			String whole = PlainText.ofHtml(html);
			String opening = PlainText.openingOfHtml(html, 160);

			assertThat(opening.length()).isGreaterThan(160).isLessThan(whole.length());
			assertThat(whole).startsWith(opening.substring(0, 160));
			assertThat(Excerpt.of(opening, 160)).isEqualTo(Excerpt.of(whole, 160));
		}
	}

	@Test
	void anOpeningHeavyWithMarkupOrAShortBodyIsTheWholeText() {
		String heavy = "<p><img src=\"/" + "x".repeat(9000) + ".jpg\" alt=\"\">Légende</p><p>Texte &amp; suite.</p>";
		assertThat(PlainText.openingOfHtml(heavy, 160)).isEqualTo("Légende Texte & suite.");
		assertThat(PlainText.openingOfHtml("<p>Court &amp; net.</p>", 160)).isEqualTo("Court & net.");
		assertThat(PlainText.openingOfHtml(null, 160)).isEmpty();
		assertThat(PlainText.openingOfHtml("<p>a</p>".repeat(2000), -1))
			.isEqualTo(PlainText.ofHtml("<p>a</p>".repeat(2000)));
	}

	@Test
	void aLineHasNoControlsNoLoneSurrogatesAndNoOuterSpace() {
		assertThat(PlainText.line("\u00A0 \tUn\u0000\u0007 deux\uD800\n\n trois \uD83D\uDE00\u2028"))
			.isEqualTo("Un deux trois \uD83D\uDE00");
		assertThat(PlainText.line(null)).isEmpty();
		assertThat(PlainText.line("\u00A0\u00A0\u00A0")).isEmpty();
	}

	@Test
	void everyKindOfSpaceIsASpace() {
		for (char c : new char[] { ' ', '\t', '\n', '\r', '\u000B', '\u000C', '\u00A0', '\u1680', '\u2000', '\u2007',
				'\u2009', '\u200A', '\u2028', '\u2029', '\u202F', '\u205F', '\u3000' }) {
			assertThat(PlainText.isSpace(c)).as("U+%04X", (int) c).isTrue();
		}
		assertThat(PlainText.isSpace('\u200B')).isFalse(); // zero width: no space to see
		assertThat(PlainText.isSpace('a')).isFalse();
	}

}
