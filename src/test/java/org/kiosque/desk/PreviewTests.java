package org.kiosque.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kiosque.account.Role;
import org.kiosque.article.ReadCounter;
import org.kiosque.site.SiteSecrets;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The preview is the public article page itself, before publication: for the newsroom,
 * and through a signed link for someone without an account, until the link expires. It
 * counts no read, and asks search engines and caches to keep nothing.
 */
@KiosqueTest
class PreviewTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ReadCounter reads;

	@Autowired
	SiteSecrets secrets;

	@Autowired
	DeskSettings settings;

	@Test
	void theNewsroomSeesADraftAsReadersWill() {
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		String headline = "Avant-première " + System.nanoTime();
		// A tag of its own: an existing tag of the same slug (the generated archive has
		// « cinéma ») would show under its own spelling.
		String tag = "Ciné-club " + System.nanoTime();
		long id = EditorForms.create(editor, "save", Map.of("headline", headline, "standfirst", "Le chapeau.", "body",
				"Un **paragraphe**.", "tags", tag, "byline", "Nadia Benali", "source", "APS"));

		var preview = editor.get(EditorForms.editor(id) + "/preview");
		assertThat(preview.status()).isEqualTo(200);
		assertThat(preview.html().select("article.article h1").text()).isEqualTo(headline);
		assertThat(preview.html().select("article.article .standfirst").text()).isEqualTo("Le chapeau.");
		assertThat(preview.html().select("article.article .body strong").text()).isEqualTo("paragraphe");
		assertThat(preview.html().select("article.article .tags a").text()).isEqualTo(tag);
		assertThat(preview.html().select("article.article .source").text()).isEqualTo("[APS]");
		assertThat(preview.html().select("article.article .read-count").text())
			.as("the read count line as the public page prints it")
			.isEqualTo("Nombre de lectures : 0 fois");
		assertThat(preview.header("X-Robots-Tag")).contains("noindex");
		assertThat(preview.header("Cache-Control")).contains("no-store");
	}

	@Test
	void aSharedLinkOpensThePreviewWithoutAnAccountAndCountsNoRead() {
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		String headline = "À relire par l’interviewé " + System.nanoTime();
		long id = EditorForms.create(editor, "publish", Map.of("headline", headline, "body", "Ses propos."));
		String link = editor.get(EditorForms.editor(id)).html().select("a.desk-share-link").attr("href");
		assertThat(link).contains("/preview/");

		var stranger = new Browser(port).get(URI.create(link).getPath());
		assertThat(stranger.status()).isEqualTo(200);
		assertThat(stranger.html().select("article.article h1").text()).isEqualTo(headline);
		assertThat(stranger.header("X-Robots-Tag")).contains("noindex");
		assertThat(stranger.header("Cache-Control")).contains("no-store");
		assertThat(stranger.header("Set-Cookie")).as("no reader cookie: no read counted").isNull();
		assertThat(reads.total(id)).isZero();
		String publicPage = URI.create(stranger.html().select("link[rel=canonical]").attr("href")).getPath();
		assertThat(stranger.html().select("article.article .read-count").text())
			.as("the same line as the public page's")
			.isEqualTo(new Browser(port).get(publicPage).html().select("article.article .read-count").text())
			.isEqualTo("Nombre de lectures : 0 fois");
	}

	@Test
	void anExpiredOrForgedLinkOpensNothing() {
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		long id = EditorForms.create(editor, "save", Map.of("headline", "Secret " + System.nanoTime()));
		Clock before = Clock.offset(Clock.systemUTC(),
				settings.previewValidity().plus(Duration.ofMinutes(1)).negated());
		String expired = new PreviewTokens(secrets, settings, before).issue(id).token();

		var late = new Browser(port).get("/preview/" + expired);
		assertThat(late.status()).isEqualTo(404);
		assertThat(late.text()).contains("Ce lien d’aperçu a expiré ou n’est pas valide");

		String valid = new PreviewTokens(secrets, settings, Clock.systemUTC()).issue(id).token();
		assertThat(new Browser(port).get("/preview/" + valid).status()).isEqualTo(200);
		String[] parts = valid.split("\\.");
		String otherArticle = (id + 1) + "." + parts[1] + "." + parts[2];
		String longer = parts[0] + "." + (Long.parseLong(parts[1]) + 86_400) + "." + parts[2];
		String flipped = parts[0] + "." + parts[1] + "." + (parts[2].charAt(0) == 'A' ? 'B' : 'A')
				+ parts[2].substring(1);
		for (String forged : new String[] { otherArticle, longer, flipped, "1.2.3", "abc", id + ".9999999999." }) {
			assertThat(new Browser(port).get("/preview/" + forged).status()).as(forged).isEqualTo(404);
		}
	}

}
