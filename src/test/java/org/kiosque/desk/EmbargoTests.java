package org.kiosque.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kiosque.account.Role;
import org.kiosque.article.ArticleCatalog;
import org.kiosque.article.ArticleLedger;
import org.kiosque.article.ArticleStatus;
import org.kiosque.article.ArticleTeaser;
import org.kiosque.article.DeskArticle;
import org.kiosque.article.Newsdesk;
import org.kiosque.article.PublicationSchedule;
import org.kiosque.site.NewspaperDates;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An embargoed article, over real HTTP: the editor sees the embargo and the agency's
 * note; nobody can publish it, nor schedule it before its instant, from the editor or the
 * schedule page; no channel shows it before then (its page, front, section and tag pages,
 * the content API by list and by number, feeds, sitemaps, search, the newsletter, a
 * shared preview link); at its instant the server's schedule publishes it once (one
 * revision, one change told), and then every channel has it.
 */
@KiosqueTest
class EmbargoTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ArticleLedger ledger;

	@Autowired
	Newsdesk newsdesk;

	@Autowired
	PublicationSchedule schedule;

	@Autowired
	RevisionRepository revisions;

	@Autowired
	ArticleCatalog catalog;

	@Autowired
	PreviewTokens tokens;

	@Autowired
	NewspaperDates dates;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anEmbargoedArticleIsSeenNowhereUntilItsInstantThenGoesOutOnce() {
		// Well before the release below, whose time is truncated to the second: a fast
		// run
		// could otherwise put it before this instant.
		Instant start = Instant.now().minusSeconds(60);
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		String marker = "embargo" + System.nanoTime();
		String section = newsdesk.ensureSection("Sous embargo", 90);
		long id = EditorForms.create(editor, "save", Map.of("headline", "Accord sur le climat " + marker, "body",
				"Les pays signent. " + marker, "section", section, "tags", "Climat " + marker));
		Instant until = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
		String note = "Embargo : 10 h GMT. Ne pas diffuser avant. " + marker + "-note";
		newsdesk.embargo(id, until);
		newsdesk.editorsNote(id, "  " + note + "  ");
		DeskArticle stored = ledger.find(id).orElseThrow();
		assertThat(stored.embargoUntil()).isEqualTo(until);
		assertThat(stored.editorsNote()).isEqualTo(note);

		// The editor sees both, and is not offered to publish nor to share a preview.
		Browser.Page page = editor.get(EditorForms.editor(id));
		assertThat(page.html().select(".desk-embargo").text()).isEqualTo(
				"Sous embargo jusqu’au " + dates.dayAndTime(until) + " : ni publication ni programmation avant.");
		assertThat(page.html().select(".desk-embargo time").attr("datetime")).isEqualTo(dates.iso(until));
		assertThat(page.html().select(".desk-editors-note .desk-note-text").text()).isEqualTo(note);
		assertThat(page.html().select("button[name=action][value=publish]")).isEmpty();
		assertThat(page.html().select("button[name=action][value=schedule]")).isNotEmpty();
		assertThat(page.body()).doesNotContain("/preview/");
		Browser.Page list = editor.get("/newsroom/articles?q=" + marker);
		assertThat(list.html().select("tr[data-id=" + id + "] .desk-embargoed").text()).isEqualTo("Sous embargo");

		// "Publier" posted all the same: refused, in French, nothing written.
		int before = revisions.latestNumber(id);
		Browser.Page publish = EditorForms.act(editor, EditorForms.editor(id), "publish", Map.of());
		assertThat(publish.status()).isEqualTo(422);
		assertThat(publish.text()).contains("Cet article est sous embargo");
		// Scheduled a minute before its embargo: refused too.
		Browser.Page early = EditorForms.act(editor, EditorForms.editor(id), "schedule",
				Map.of("publishAt", EditorViews.LOCAL_TIME.format(dates.local(until.minusSeconds(60)))));
		assertThat(early.status()).isEqualTo(422);
		assertThat(early.text()).contains("Cet article est sous embargo");
		assertThat(ledger.find(id).orElseThrow().status()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(revisions.latestNumber(id)).isEqualTo(before);

		// Scheduled at its embargo: accepted; moved earlier on the schedule page:
		// refused.
		assertThat(EditorForms
			.act(editor, EditorForms.editor(id), "schedule",
					Map.of("publishAt", EditorViews.LOCAL_TIME.format(dates.local(until))))
			.status()).isEqualTo(303);
		int scheduledRevision = revisions.latestNumber(id);
		assertThat(ledger.find(id).orElseThrow().publishedAt()).isEqualTo(until);
		Browser.Page moved = editor.get("/newsroom/schedule")
			.submit(editor, "#scheduled-" + id + " form.move-form",
					Map.of("publishAt", EditorViews.LOCAL_TIME.format(dates.local(until.minusSeconds(1800)))));
		assertThat(moved.status()).isEqualTo(422);
		assertThat(moved.text()).contains("sous embargo jusqu’à une heure plus tardive");
		DeskArticle scheduled = ledger.find(id).orElseThrow();
		assertThat(scheduled.status()).isEqualTo(ArticleStatus.SCHEDULED);
		assertThat(scheduled.publishedAt()).isEqualTo(until);

		// Nowhere before its instant, even with a preview link given out.
		String shared = "/preview/" + tokens.issue(id).token();
		Browser.Page preview = new Browser(port).get(shared);
		assertThat(preview.status()).isEqualTo(404);
		assertThat(preview.text()).contains("sous embargo");
		assertThat(seen(scheduled, section, marker, start)).as("channels showing it before its embargo").isEmpty();
		Browser.Page alert = editor.get("/newsroom/newsletter")
			.submit(editor, "form.newsletter-alert", Map.of("article", String.valueOf(id)));
		assertThat(alert.location()).isEqualTo("/newsroom/newsletter?done=noalert");

		// Its instant comes (moved to a second ago, as the clock would) and the
		// schedule's check runs: published once.
		Instant due = Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
		jdbc.sql("UPDATE article SET embargo_until = :due, published_at = :due WHERE id = :id")
			.param("due", OffsetDateTime.ofInstant(due, ZoneOffset.UTC))
			.param("id", id)
			.update();
		HeardChanges.forget(id);
		schedule.publishDue();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> ledger.find(id).orElseThrow().status() == ArticleStatus.PUBLISHED);
		await().atMost(Duration.ofSeconds(10)).until(() -> revisions.latestNumber(id) == scheduledRevision + 1);
		Revision release = revisions.find(id, scheduledRevision + 1).orElseThrow();
		assertThat(release.action()).isEqualTo(DeskAction.RELEASE);
		assertThat(release.publishedAt()).isEqualTo(due);
		schedule.publishDue();
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
			assertThat(revisions.latestNumber(id)).as("revisions").isEqualTo(release.number());
			assertThat(HeardChanges.count(id)).as("changes told").isEqualTo(1);
		});

		// Now every channel has it, the editor's note on none, and the editor no longer
		// shows an embargo.
		DeskArticle published = ledger.find(id).orElseThrow();
		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> assertThat(seen(published, section, marker, start).keySet())
				.containsExactlyInAnyOrderElementsOf(CHANNELS));
		assertThat(new Browser(port).get(published.path()).body()).doesNotContain(marker + "-note");
		assertThat(new Browser(port).get(shared).status()).isEqualTo(200);
		Browser.Page after = editor.get(EditorForms.editor(id));
		assertThat(after.html().select(".desk-embargo")).isEmpty();
		assertThat(after.html().select(".desk-editors-note").text()).contains(note);
		assertThat(editor.get("/newsroom/articles?q=" + marker).html().select("tr[data-id=" + id + "] .desk-embargoed"))
			.isEmpty();
	}

	@Test
	void aPublishedArticleGivenAnEmbargoLeavesEveryChannelAtOnce() {
		// Well before the release below, whose time is truncated to the second: a fast
		// run
		// could otherwise put it before this instant.
		Instant start = Instant.now().minusSeconds(60);
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		String marker = "reembargo" + System.nanoTime();
		String section = newsdesk.ensureSection("Sous embargo", 90);
		long id = EditorForms.create(editor, "publish", Map.of("headline", "Résultats trimestriels " + marker, "body",
				"Le chiffre d’affaires. " + marker, "section", section, "tags", "Bourse " + marker));
		DeskArticle published = ledger.find(id).orElseThrow();
		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> assertThat(seen(published, section, marker, start).keySet())
				.containsExactlyInAnyOrderElementsOf(CHANNELS));

		// The agency sends an embargo after all: the article goes back to wait for it.
		Instant until = Instant.now().plus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
		newsdesk.embargo(id, until);
		DeskArticle held = ledger.find(id).orElseThrow();
		assertThat(held.status()).isEqualTo(ArticleStatus.SCHEDULED);
		assertThat(held.publishedAt()).isEqualTo(until);
		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> assertThat(seen(held, section, marker, start)).isEmpty());

		// Lifted: it stays scheduled at that time, the desk may publish it now.
		newsdesk.embargo(id, null);
		assertThat(ledger.find(id).orElseThrow().status()).isEqualTo(ArticleStatus.SCHEDULED);
		assertThat(EditorForms.act(editor, EditorForms.editor(id), "publish", Map.of()).status()).isEqualTo(303);
		assertThat(new Browser(port).get(held.path()).status()).isEqualTo(200);
	}

	/** Every channel {@link #seen} looks at. */
	private static final List<String> CHANNELS = List.of("page", "api", "api comments", "api list", "api section",
			"front", "section", "tag", "rss", "atom", "section rss", "sitemap", "news sitemap", "search", "newsletter");

	/**
	 * The channels where a reader (or a robot) finds the article now, each with what
	 * showed it.
	 */
	private Map<String, String> seen(DeskArticle article, String section, String marker, Instant since) {
		Browser reader = new Browser(port);
		String path = article.path();
		String tag = "climat-" + marker;
		if (article.tags().stream().anyMatch(t -> t.startsWith("Bourse"))) {
			tag = "bourse-" + marker;
		}
		Map<String, String> found = new LinkedHashMap<>();
		Browser.Page page = reader.get(path);
		if (page.status() == 200) {
			found.put("page", path);
		}
		// By its number: the content API's article and its comments.
		if (reader.get("/api/content/articles/" + article.id()).status() == 200) {
			found.put("api", "/api/content/articles/" + article.id());
		}
		if (reader.get("/api/content/articles/" + article.id() + "/comments").status() == 200) {
			found.put("api comments", "/api/content/articles/" + article.id() + "/comments");
		}
		if (reader.get("/api/content/articles?size=100").body().contains("\"id\":" + article.id() + ",")) {
			found.put("api list", "");
		}
		if (reader.get("/api/content/articles?section=" + section).body().contains("\"id\":" + article.id() + ",")) {
			found.put("api section", "");
		}
		contains(found, "front", reader.get("/"), path);
		contains(found, "section", reader.get("/section/" + section), path);
		contains(found, "tag", reader.get("/tag/" + tag), path);
		contains(found, "rss", reader.get("/feed.xml"), path);
		contains(found, "atom", reader.get("/feed.atom"), path);
		contains(found, "section rss", reader.get("/section/" + section + "/feed.xml"), path);
		Instant month = article.publishedAt() == null ? Instant.now() : article.publishedAt();
		// The sitemap's files are UTC months (ArchiveMonths), not the site's: in Paris
		// the
		// last hour of a month is already the next one.
		YearMonth utcMonth = YearMonth.from(month.atOffset(ZoneOffset.UTC));
		contains(found, "sitemap", reader.get("/sitemap-" + utcMonth + ".xml"), path);
		contains(found, "news sitemap", reader.get("/news-sitemap.xml"), path);
		contains(found, "search", reader.get("/recherche?q=" + marker), path);
		if (catalog.publishedSince(since).stream().map(ArticleTeaser::id).anyMatch(i -> i == article.id())) {
			found.put("newsletter", "the next edition");
		}
		return found;
	}

	private static void contains(Map<String, String> found, String channel, Browser.Page page, String path) {
		if (page.body().contains(path)) {
			found.put(channel, page.path());
		}
	}

}
