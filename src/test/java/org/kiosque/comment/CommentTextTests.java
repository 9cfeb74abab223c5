package org.kiosque.comment;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A reader's text never becomes markup; only our paragraphs, line breaks and links do.
 */
class CommentTextTests {

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>",
			"<a href=\"javascript:alert(1)\">clic</a>", "javascript:alert(1)", "'; alert(1); '",
			"<iframe src=//evil.example></iframe>", "<style>body{display:none}</style>", "&lt;script&gt;",
			"https://ok.example/\"><script>alert(1)</script>", "https://ok.example/'onmouseover='alert(1)",
			"http://x.example/<img src=x onerror=alert(1)>", "<<script>script>alert(1)<</script>/script>",
			"<svg><animate onbegin=alert(1) attributeName=x dur=1s>", "`${alert(1)}`", "\u0000<script>\u0000" })
	void nastyInputIsShownLiterallyAndAddsNoElementButOurs(String nasty) {
		Document html = Jsoup.parseBodyFragment(CommentText.html(nasty));
		assertThat(html.body().select("*").stream().map(e -> e.tagName()))
			.allMatch(t -> t.equals("body") || t.equals("p") || t.equals("br") || t.equals("a"));
		html.body().select("a").forEach(a -> {
			assertThat(a.attr("href")).matches("https?://[^\"'<>\\s]+");
			assertThat(a.attributes().size()).isEqualTo(2);
			assertThat(a.attr("rel")).isEqualTo("nofollow ugc noopener");
		});
		assertThat(html.body().text()).isEqualTo(nasty.replace('\u0000', ' ').strip());
	}

	@Test
	void linksBecomeClickableWithoutTheirTrailingPunctuation() {
		String html = CommentText.html("Lire https://www.example.org/a?b=1&c=2. Et (voir http://x.example/p).");
		assertThat(html).contains(
				"<a href=\"https://www.example.org/a?b=1&amp;c=2\" rel=\"nofollow ugc noopener\">https://www.example.org/a?b=1&amp;c=2</a>.")
			.contains("<a href=\"http://x.example/p\" rel=\"nofollow ugc noopener\">http://x.example/p</a>).");
	}

	@Test
	void otherSchemesStayText() {
		assertThat(CommentText.html("ftp://x.example javascript://x data:text/html,<b>")).doesNotContain("<a ")
			.contains("data:text/html,&lt;b&gt;");
	}

	@Test
	void lineBreaksAndParagraphsAreKept() {
		assertThat(CommentText.html("Un\r\ndeux\n\nTrois")).isEqualTo("<p>Un<br>\ndeux</p>\n<p>Trois</p>\n");
	}

	@Test
	void linksAreCountedLinkedOrNot() {
		assertThat(CommentText.links("https://a.example www.b.example ftp://c.example rien")).isEqualTo(3);
		assertThat(CommentText.links("pas de lien, juste un point.")).isZero();
	}

}
