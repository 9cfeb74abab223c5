package org.kiosque.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kiosque.account.Role;
import org.kiosque.article.ArticleDraft;
import org.kiosque.article.ArticleStatus;
import org.kiosque.article.HtmlValidityTests;
import org.kiosque.article.LeadImage;
import org.kiosque.article.Newsdesk;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The legal and service pages over real HTTP: at their French addresses with a starting
 * text until an admin writes theirs; written in Markdown at {@code /newsroom/pages},
 * sanitised (a script never survives), shown at once; linked from the footer of every
 * page and the privacy policy from the registration form, the newsletter box and the
 * comment form; the editor closed to all but admins; valid HTML.
 */
@KiosqueTest
class ServicePagesTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Newsdesk newsdesk;

	@Test
	void everyPageAnswersAtItsFrenchAddressWithItsStartingText() {
		assertThat(List.of(ServicePage.values()).stream().map(ServicePage::path)).containsExactly("/mentions-legales",
				"/conditions-utilisation", "/confidentialite", "/contact");
		var parser = PathPatternParser.defaultInstance.parse(ServicePage.MAPPING);
		for (ServicePage page : ServicePage.values()) {
			assertThat(parser.matches(PathContainer.parsePath(page.path()))).as(page.path()).isTrue();
			var shown = new Browser(port).get(page.path());
			assertThat(shown.status()).as(page.path()).isEqualTo(200);
			assertThat(shown.header("Cache-Control")).as(page.path()).startsWith("public");
			assertThat(shown.html().select("h1").text()).isNotBlank();
			assertThat(HtmlValidityTests.errors(shown.body())).as(page.path()).isEmpty();
		}
		assertThat(parser.matches(PathContainer.parsePath("/mentions"))).isFalse();
	}

	@Test
	void theLegalNoticeTemplateAsksForWhatTheLawRequires() {
		// A test of its own database state: another test may have saved the page.
		String text = context.getBean(ServicePages.class).text(ServicePage.LEGAL_NOTICE).saved() ? startingText()
				: new Browser(port).get("/mentions-legales").text();

		assertThat(text).contains("Directeur de la publication", "Hébergeur", "Siège social", "article 6 III",
				"[dénomination ou raison sociale]");
	}

	@Test
	void anAdminWritesAPageInMarkdownAndNoScriptSurvives() {
		Browser admin = StaffSession.signedIn(context, port, Role.ADMIN);
		String marker = "Le Quotidien " + System.nanoTime();
		String markdown = "## Contact\n\nÉcrivez au **" + marker + "**.\n\n<script>alert('x')</script>\n\n"
				+ "<a href=\"javascript:alert(1)\" onclick=\"alert(2)\">lien</a>";

		var saved = admin.submit("/newsroom/pages/contact", "form#service-page", Map.of("markdown", markdown));

		assertThat(saved.status()).isEqualTo(302);
		assertThat(saved.location()).isEqualTo("/newsroom/pages/contact?done");
		var page = new Browser(port).get("/contact");
		assertThat(page.html().select("article.service-page strong").text()).isEqualTo(marker);
		assertThat(page.html().select("article.service-page h2").text()).isEqualTo("Contact");
		assertThat(page.body()).doesNotContain("alert(").doesNotContain("<script>alert").doesNotContain("onclick");
		assertThat(page.html().select("article.service-page script")).isEmpty();
		var editor = admin.get("/newsroom/pages/contact?done");
		assertThat(editor.html().select("textarea#markdown").text()).contains(marker);
		assertThat(HtmlValidityTests.errors(editor.body())).isEmpty();
		var list = admin.get("/newsroom/pages");
		assertThat(list.html().select("#service-pages a[href=/newsroom/pages/contact]")).hasSize(1);
		assertThat(HtmlValidityTests.errors(list.body())).isEmpty();
	}

	@Test
	void anEmptyPageIsRefusedAndTheOldTextStays() {
		Browser admin = StaffSession.signedIn(context, port, Role.ADMIN);
		String before = new Browser(port).get("/conditions-utilisation").html().select("article.service-page").html();

		var refused = admin.submit("/newsroom/pages/conditions-utilisation", "form#service-page",
				Map.of("markdown", "  \n "));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.html().select(".field-error").text()).isEqualTo("La page ne peut pas être vide.");
		assertThat(new Browser(port).get("/conditions-utilisation").html().select("article.service-page").html())
			.isEqualTo(before);
		assertThat(admin.get("/newsroom/pages/nothing-here").status()).isEqualTo(404);
	}

	@Test
	void theEditorIsForAdminsOnly() {
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		assertThat(editor.get("/newsroom/pages").status()).isEqualTo(403);
		assertThat(editor.get("/newsroom/pages/contact").status()).isEqualTo(403);
		String token = editor.get("/account").html().selectFirst("input[name=_csrf]").val();
		assertThat(editor.post("/newsroom/pages/contact", Map.of("_csrf", token, "markdown", "Piraté")).status())
			.isEqualTo(403);
		var stranger = new Browser(port).get("/newsroom/pages/contact");
		assertThat(stranger.status()).isEqualTo(302);
		assertThat(stranger.location()).isEqualTo("/login");
	}

	@Test
	void theFooterLinksTheFourPagesAndThePrivacyPolicyIsLinkedFromEveryForm() {
		var home = new Browser(port).get("/");
		assertThat(home.html().select("footer .footer-links a").eachAttr("href"))
			.containsSubsequence("/mentions-legales", "/conditions-utilisation", "/confidentialite", "/contact");
		assertThat(home.html().select("section.newsletter a[href=/confidentialite]")).hasSize(1);

		assertThat(new Browser(port).get("/register").html().select("form#register a[href=/confidentialite]"))
			.hasSize(1);

		var article = newsdesk.create(new ArticleDraft("Un article à commenter " + System.nanoTime(), null, "Texte.",
				null, List.of(), null, null, new LeadImage(null, null, null), ArticleStatus.PUBLISHED,
				Instant.now().minusSeconds(60), true, null), 0);
		assertThat(new Browser(port).get(article.path()).html().select("form.comment-form a[href=/confidentialite]"))
			.hasSize(1);
	}

	private static String startingText() {
		try (var in = ServicePagesTests.class.getResourceAsStream("/legal/mentions-legales.md")) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

}
