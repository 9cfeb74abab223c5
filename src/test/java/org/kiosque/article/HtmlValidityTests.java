package org.kiosque.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kiosque.support.Browser;
import org.kiosque.support.HtmlChecker;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public pages pass the W3C Nu HTML checker, run here rather than on the web; other
 * features' tests check their pages with {@link #errors}.
 */
@KiosqueTest
@Tag(KiosqueTest.SAME_ON_EVERY_DATABASE)
public class HtmlValidityTests {

	@LocalServerPort
	int port;

	@Autowired
	Newsdesk newsdesk;

	Newsdesk.Written article;

	String section;

	@BeforeEach
	void aFullyDressedArticle() {
		long n = System.nanoTime();
		section = newsdesk.ensureSection("Monde " + n, 80);
		article = newsdesk.create(new ArticleDraft("La Turquie accueille « une réunion » à Istanbul " + n,
				"Ankara se pose en médiatrice.",
				"Le chef du Renseignement turc a reçu une délégation.\n\nLes discussions ont porté sur « l’aide » & la trêve.\n\n"
						+ "> Une citation.\n\n- un point\n- un autre point",
				section, List.of("Turquie", "Diplomatie " + n), "Leïla Martin", "AA",
				new LeadImage("/static/css/site.css", "Ibrahim Kalin, chef du Renseignement turc", "AA"),
				ArticleStatus.PUBLISHED, Instant.now().minusSeconds(120), true, null), 66);
	}

	@Test
	void theArticlePageHasNoHtmlError() {
		assertValid(article.path());
	}

	@Test
	void aCaptionWithoutPictureHasNoHtmlError() {
		var captionOnly = newsdesk.create(new ArticleDraft("Une légende sans photo " + System.nanoTime(), null,
				"Texte.", null, List.of(), null, null, new LeadImage(null, "Une légende", null),
				ArticleStatus.PUBLISHED, Instant.now().minusSeconds(60), false, null), 0);
		assertValid(captionOnly.path());
	}

	@Test
	void theHomePageHasNoHtmlError() {
		assertValid("/");
	}

	@Test
	void aSectionPageHasNoHtmlError() {
		assertValid("/section/" + section);
	}

	@Test
	void aTagPageHasNoHtmlError() {
		assertValid(article.path().replaceAll(".*-", "/tag/diplomatie-"));
	}

	@Test
	void theNotFoundPageHasNoHtmlError() {
		var page = new Browser(port).get("/article/nothing-here-" + System.nanoTime());
		assertThat(page.status()).isEqualTo(404);
		assertThat(errors(page.body())).isEmpty();
	}

	/**
	 * The checker needs the ICU4J it was built with (58), the site needs 78: each has its
	 * own, in its own class loader (support/HtmlChecker).
	 */
	@Test
	void theCheckerRunsOnItsOwnIcuBesideTheSites() throws Exception {
		assertThat(HtmlChecker.icuVersion()).startsWith("58.");
		assertThat(com.ibm.icu.util.VersionInfo.ICU_VERSION.getMajor()).isEqualTo(78);
	}

	@Test
	void theCheckerDoesCatchErrors() {
		assertThat(errors("<!DOCTYPE html><html lang=\"fr\"><head><title>x</title></head><body>"
				+ "<time datetime=\"2026-01-24T14:30:00.123456+01:00\">x</time><figcaption>x</figcaption></body></html>"))
			.hasSize(2);
	}

	private void assertValid(String path) {
		var page = new Browser(port).get(path);
		assertThat(page.status()).as(path).isEqualTo(200);
		assertThat(errors(page.body())).as(path).isEmpty();
	}

	/**
	 * The checker's errors (and fatal errors), each with its line, in the order met;
	 * other features check their pages with it too.
	 */
	public static List<String> errors(String html) {
		return HtmlChecker.errors(html);
	}

}
