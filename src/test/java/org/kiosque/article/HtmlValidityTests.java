package org.kiosque.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;

import org.jspecify.annotations.Nullable;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public pages pass the W3C Nu HTML checker, run here rather than on the web; other
 * features' tests check their pages with {@link #errors}.
 */
@KiosqueTest
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
	public static synchronized List<String> errors(String html) {
		try {
			if (checker == null) {
				checker = new SimpleDocumentValidator(true, false, false);
				checker.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, FOUND);
				checker.setUpValidatorAndParsers(FOUND, true, false);
			}
			FOUND.errors.clear();
			InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
			source.setEncoding("UTF-8");
			checker.checkHtmlInputSource(source);
			return List.copyOf(FOUND.errors);
		}
		catch (Exception e) {
			throw new IllegalStateException("The HTML checker failed", e);
		}
	}

	// Loading the HTML schema takes seconds: one checker for the whole class.
	private static @Nullable SimpleDocumentValidator checker;

	private static final Errors FOUND = new Errors();

	private static final class Errors implements ErrorHandler {

		final List<String> errors = new ArrayList<>();

		@Override
		public void warning(SAXParseException e) {
			// warnings (and the checker's info messages) are advice, not errors
		}

		@Override
		public void error(SAXParseException e) {
			errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
		}

		@Override
		public void fatalError(SAXParseException e) {
			errors.add("fatal, line " + e.getLineNumber() + ": " + e.getMessage());
		}

	}

}
