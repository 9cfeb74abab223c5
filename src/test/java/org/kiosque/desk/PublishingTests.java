package org.kiosque.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kiosque.account.Role;
import org.kiosque.article.ArticleLedger;
import org.kiosque.article.ArticleStatus;
import org.kiosque.article.DeskArticle;
import org.kiosque.site.SiteSettings;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Publishing from the desk, over real HTTP: what readers see after each step. Only a
 * published article shows (page, front page, feed, search); an unpublished one's address
 * answers 410 and it leaves feed and search; a scheduled one waits, stored as the
 * schedule expects (status SCHEDULED, publication time the one asked for, in the site's
 * zone); a time past is refused in French; a cancelled schedule is a draft again.
 */
@KiosqueTest
class PublishingTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ArticleLedger ledger;

	@Autowired
	SiteSettings site;

	@Test
	void aPublishedArticleShowsEverywhereAndAnUnpublishedOneIsGone() {
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		String marker = "pub" + System.nanoTime();
		long id = EditorForms.create(editor, "save",
				Map.of("headline", "Le port de Sfax rouvre " + marker, "body", "Les navires reviennent. " + marker,
						"tags", "Ports, Tunisie " + marker, "description", "Le port rouvre après trois jours."));
		DeskArticle draft = ledger.find(id).orElseThrow();
		assertThat(new Browser(port).get(draft.path()).status()).as("a draft is not public").isEqualTo(404);

		assertThat(EditorForms.act(editor, EditorForms.editor(id), "publish", Map.of()).status()).isEqualTo(303);
		DeskArticle published = ledger.find(id).orElseThrow();
		assertThat(published.status()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(published.tags()).contains("Ports", "Tunisie " + marker);
		var page = new Browser(port).get(published.path());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("h1").text()).isEqualTo("Le port de Sfax rouvre " + marker);
		assertThat(page.html().select("meta[name=description]").attr("content"))
			.isEqualTo("Le port rouvre après trois jours.");
		assertThat(new Browser(port).get("/").body()).contains(published.path());
		assertThat(new Browser(port).get("/feed.xml").body()).contains(published.path());
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(new Browser(port).get("/recherche?q=" + marker).body())
				.contains(published.path()));

		assertThat(EditorForms.act(editor, EditorForms.editor(id), "unpublish", Map.of()).status()).isEqualTo(303);
		var gone = new Browser(port).get(published.path());
		assertThat(gone.status()).isEqualTo(410);
		assertThat(gone.text()).contains("retiré par la rédaction");
		assertThat(new Browser(port).get("/").body()).doesNotContain(published.path());
		assertThat(new Browser(port).get("/feed.xml").body()).doesNotContain(published.path());
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(new Browser(port).get("/recherche?q=" + marker).body())
				.doesNotContain(published.path()));
	}

	@Test
	void aScheduledArticleWaitsForItsTimeInTheSitesZone() {
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		long id = EditorForms.create(editor, "save",
				Map.of("headline", "Programmé pour plus tard " + System.nanoTime(), "body", "Texte."));
		ZoneId zone = site.timeZone();
		LocalDateTime later = LocalDateTime.now(zone).plusDays(3).truncatedTo(ChronoUnit.MINUTES);
		String publishAt = EditorViews.LOCAL_TIME.format(later);

		var scheduled = EditorForms.act(editor, EditorForms.editor(id), "schedule", Map.of("publishAt", publishAt));
		assertThat(scheduled.status()).isEqualTo(303);
		DeskArticle article = ledger.find(id).orElseThrow();
		assertThat(article.status()).isEqualTo(ArticleStatus.SCHEDULED);
		assertThat(article.publishedAt()).isEqualTo(later.atZone(zone).toInstant());
		assertThat(new Browser(port).get(article.path()).status()).isEqualTo(404);
		var reopened = editor.get(EditorForms.editor(id));
		assertThat(reopened.html().select("#publishAt").val()).isEqualTo(publishAt);
		assertThat(reopened.html().select("button[name=action]").eachText()).contains("Annuler la programmation");

		assertThat(EditorForms.act(editor, EditorForms.editor(id), "unpublish", Map.of()).status()).isEqualTo(303);
		DeskArticle cancelled = ledger.find(id).orElseThrow();
		assertThat(cancelled.status()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(cancelled.publishedAt()).isNull();
	}

	@Test
	void aTimePastOrUnreadableIsRefusedInFrenchAndTheTextKept() {
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		long id = EditorForms.create(editor, "save",
				Map.of("headline", "Trop tard " + System.nanoTime(), "body", "Texte d’origine."));
		String yesterday = EditorViews.LOCAL_TIME.format(LocalDateTime.now(site.timeZone()).minusDays(1));

		var past = EditorForms.act(editor, EditorForms.editor(id), "schedule",
				Map.of("publishAt", yesterday, "body", "Texte retouché."));
		assertThat(past.status()).isEqualTo(422);
		assertThat(past.html().select("#publishAt-error").text()).contains("déjà passée");
		assertThat(EditorForms.fields(past)).containsEntry("body", "Texte retouché.")
			.containsEntry("publishAt", yesterday);
		assertThat(ledger.find(id).orElseThrow().status()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(ledger.find(id).orElseThrow().bodyMarkdown()).isEqualTo("Texte d’origine.");

		var unreadable = EditorForms.act(editor, EditorForms.editor(id), "schedule",
				Map.of("publishAt", "demain matin"));
		assertThat(unreadable.status()).isEqualTo(422);
		assertThat(unreadable.html().select("#publishAt-error").text()).contains("2026-12-01T08:30");
		var missing = EditorForms.act(editor, EditorForms.editor(id), "schedule", Map.of("publishAt", ""));
		assertThat(missing.html().select("#publishAt-error").text()).contains("Indiquez la date");
	}

	@Test
	void aTypedTimeIsNeverDroppedByAButtonThatDoesNotScheduleIt() {
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		ZoneId zone = site.timeZone();
		LocalDateTime later = LocalDateTime.now(zone).plusDays(2).truncatedTo(ChronoUnit.MINUTES);
		String publishAt = EditorViews.LOCAL_TIME.format(later);
		String headline = "Scoop à l’heure dite " + System.nanoTime();

		// « Publier » with a time: not published at once, the person is asked.
		var published = EditorForms.act(editor, "/newsroom/articles/new", "publish",
				Map.of("headline", headline, "body", "Texte.", "publishAt", publishAt));
		assertThat(published.status()).isEqualTo(422);
		assertThat(published.html().select("#publishAt-error").text()).contains("choisissez « Programmer »")
			.contains("pour publier maintenant, videz le champ");
		assertThat(EditorForms.fields(published)).containsEntry("publishAt", publishAt)
			.containsEntry("headline", headline);
		assertThat(
				jdbc.sql("SELECT COUNT(*) FROM article WHERE headline = ?").param(headline).query(Long.class).single())
			.as("nothing written")
			.isZero();

		// Scheduled, then « Enregistrer » with another time: the schedule is not said
		// moved.
		long id = EditorForms.create(editor, "schedule",
				Map.of("headline", headline, "body", "Texte.", "publishAt", publishAt));
		String moved = EditorViews.LOCAL_TIME.format(later.plusMinutes(30));
		var saved = EditorForms.act(editor, EditorForms.editor(id), "save",
				Map.of("publishAt", moved, "body", "Texte retouché."));
		assertThat(saved.status()).isEqualTo(422);
		assertThat(saved.html().select("#publishAt-error").text()).contains("ne garde pas la date");
		DeskArticle kept = ledger.find(id).orElseThrow();
		assertThat(kept.publishedAt()).isEqualTo(later.atZone(zone).toInstant());
		assertThat(kept.bodyMarkdown()).isEqualTo("Texte.");

		// The time the editor showed, left as it was, goes with any button.
		assertThat(EditorForms.act(editor, EditorForms.editor(id), "save", Map.of("body", "Texte retouché.")).status())
			.isEqualTo(303);
		assertThat(ledger.find(id).orElseThrow().status()).isEqualTo(ArticleStatus.SCHEDULED);
		assertThat(EditorForms.act(editor, EditorForms.editor(id), "schedule", Map.of("publishAt", moved)).status())
			.isEqualTo(303);
		assertThat(ledger.find(id).orElseThrow().publishedAt())
			.isEqualTo(later.plusMinutes(30).atZone(zone).toInstant());
	}

	@Test
	void anArticleWithoutHeadlineOrInAnUnknownSectionIsNotWritten() {
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		var noHeadline = EditorForms.act(editor, "/newsroom/articles/new", "save",
				Map.of("headline", "  ", "body", "Un texte sans titre."));
		assertThat(noHeadline.status()).isEqualTo(422);
		assertThat(noHeadline.html().select("#headline-error").text()).isEqualTo("Un article a besoin d’un titre.");
		assertThat(EditorForms.fields(noHeadline)).containsEntry("body", "Un texte sans titre.");

		var unknown = EditorForms.act(editor, "/newsroom/articles/new", "save",
				Map.of("headline", "Rubrique fantôme", "section", "nulle-part-" + System.nanoTime()));
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(unknown.html().select("#section-error").text()).contains("n’existe pas");
	}

}
