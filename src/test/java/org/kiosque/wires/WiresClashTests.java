package org.kiosque.wires;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.account.Role;
import org.kiosque.article.ArticleLedger;
import org.kiosque.support.Browser;
import org.kiosque.support.HtmlChecker;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An agency version that clashes with the newsroom's edits, as an editor meets it over
 * the real stack: kept and shown against the article on its own page, then taken (a
 * revision by the agency) or set aside (the article untouched); a decision made on a page
 * gone stale changes nothing and says so; a later version filed cleanly forgets it. Items
 * are in the tests' own format ({@link TestWireFormat}).
 */
@KiosqueTest
class WiresClashTests {

	private static final String V1 = "Une secousse.\n\nPas de victime.\n\nLes écoles ferment.";

	private static final String NEWSROOM = "Une secousse de magnitude 5.\n\nPas de victime.\n\nLes écoles ferment.";

	private static final String AGENCY = "Une secousse de magnitude 4,8.\n\nPas de victime.\n\nLes écoles ferment.";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	WireSources sources;

	@Autowired
	WirePoller poller;

	@Autowired
	ArticleLedger ledger;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	private Browser editor;

	private final List<String> made = new ArrayList<>();

	@BeforeEach
	void signIn() {
		editor = StaffSession.signedIn(context, port, Role.EDITOR);
	}

	@AfterEach
	void stopSources() {
		TestSources.stop(sources, made);
	}

	@Test
	void theAgencysClashingVersionIsReadInTheNewsroomAgainstTheArticle() throws Exception {
		Clash clash = clash("read" + System.nanoTime());

		var desk = editor.get("/newsroom/wires");
		assertThat(HtmlChecker.errors(desk.body())).isEmpty();
		var flag = desk.html().select("#flags li:contains(" + clash.run() + ")");
		assertThat(flag.text()).contains("touche ce que la rédaction a modifié (Texte)");
		String address = flag.select("a.wire-version").attr("href");
		assertThat(address).startsWith("/newsroom/wires/version?provider=" + clash.run());
		var page = editor.get(address);

		assertThat(page.status()).isEqualTo(200);
		assertThat(HtmlChecker.errors(page.body())).isEmpty();
		assertThat(page.html().select("h1").text()).isEqualTo("Version 2 de l’agence : Séisme à Mila " + clash.run());
		var body = page.html().select("dd.diff-text[data-field=body]");
		assertThat(body.select("del").text()).contains("5.");
		assertThat(body.select("ins").text()).contains("4,8.");
		assertThat(body.text()).contains("Pas de victime.");
		assertThat(page.text()).contains("Agence France-Presse")
			.contains("Reprendre la version de l’agence")
			.contains("Garder le texte de la rédaction");
		assertThat(ledger.find(clash.articleId()).orElseThrow().bodyMarkdown()).isEqualTo(NEWSROOM);
	}

	@Test
	void takingTheAgencysVersionMakesARevisionByTheAgencyAndClearsTheFlag() throws Exception {
		Clash clash = clash("take" + System.nanoTime());
		int before = revisions(clash.articleId());

		var taken = editor.get(clash.page()).submit(editor, "form#take", Map.of());

		assertThat(taken.status()).isEqualTo(302);
		assertThat(ledger.find(clash.articleId()).orElseThrow().bodyMarkdown()).isEqualTo(AGENCY);
		assertThat(revisions(clash.articleId())).isEqualTo(before + 1);
		var latest = jdbc.sql("SELECT agency, note FROM article_revision WHERE article_id = ? ORDER BY number DESC")
			.param(clash.articleId())
			.query((rs, n) -> rs.getString(1) + " | " + rs.getString(2))
			.list()
			.getFirst();
		// The revision says who decided, as the ingest log does.
		assertThat(latest).isEqualTo("AFP | Version 2 de l’agence, reprise par Rédaction editor");
		assertNothingWaits(clash);
		var log = editor.get("/newsroom/wires/log?q=" + clash.run()).html();
		assertThat(log.select("tr.outcome-updated").text()).contains("Décision de la rédaction")
			.contains("Version 2 de l’agence reprise par");
		// The next version of the item merges over the revision taken.
		drop("v3.tw", item(clash.run(), 3, AGENCY.replace("Les écoles ferment.", "Les écoles ferment lundi.")));
		assertThat(poller.pollNow(clash.key()).count("updated")).isEqualTo(1);
	}

	@Test
	void keepingTheNewsroomsTextLeavesTheArticleAndClearsTheFlag() throws Exception {
		Clash clash = clash("keep" + System.nanoTime());
		int before = revisions(clash.articleId());

		var kept = editor.get(clash.page()).submit(editor, "form#keep", Map.of());

		assertThat(kept.status()).isEqualTo(302);
		assertThat(ledger.find(clash.articleId()).orElseThrow().bodyMarkdown()).isEqualTo(NEWSROOM);
		assertThat(revisions(clash.articleId())).isEqualTo(before);
		assertNothingWaits(clash);
		assertThat(editor.get("/newsroom/wires/log?q=" + clash.run()).html().select("tr.outcome-kept").text())
			.contains("Version 2 de l’agence écartée par");
	}

	@Test
	void aTakeOnAnArticleChangedSinceChangesNothingAndSaysSo() throws Exception {
		Clash clash = clash("stale" + System.nanoTime());
		var read = editor.get(clash.page());
		String changed = NEWSROOM.replace("Pas de victime.", "Pas de victime, selon la protection civile.");
		assertThat(editor
			.submit("/newsroom/articles/" + clash.articleId(), "form#editor", Map.of("body", changed, "action", "save"))
			.status()).isLessThan(400);
		int before = revisions(clash.articleId());

		var stale = read.submit(editor, "form#take", Map.of());

		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.html().select("[role=alert]").text())
			.contains("Rien n’a été modifié : l’article a changé depuis que vous avez ouvert cette page.");
		assertThat(ledger.find(clash.articleId()).orElseThrow().bodyMarkdown()).isEqualTo(changed);
		assertThat(revisions(clash.articleId())).isEqualTo(before);
		assertThat(editor.get("/newsroom/wires").html().select("#flags li").text()).contains(clash.run());
		// The page answered is today's: the newsroom's latest words against the agency's.
		assertThat(stale.html().select("dd.diff-text[data-field=body] del").text()).contains("selon la protection");

		var keptAfterReading = stale.submit(editor, "form#keep", Map.of());
		assertThat(keptAfterReading.status()).isEqualTo(302);
		var late = read.submit(editor, "form#take", Map.of());
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.html().select("[role=alert]").text()).contains("n’attend plus de décision");
		assertThat(ledger.find(clash.articleId()).orElseThrow().bodyMarkdown()).isEqualTo(changed);
	}

	@Test
	void aLaterVersionFiledCleanlyForgetsTheClashingOne() throws Exception {
		Clash clash = clash("later" + System.nanoTime());
		var read = editor.get(clash.page());

		drop("v3.tw", item(clash.run(), 3, V1.replace("Les écoles ferment.", "Les écoles ferment jusqu’à lundi.")));
		assertThat(poller.pollNow(clash.key()).count("updated")).isEqualTo(1);

		String merged = NEWSROOM.replace("Les écoles ferment.", "Les écoles ferment jusqu’à lundi.");
		assertThat(ledger.find(clash.articleId()).orElseThrow().bodyMarkdown()).isEqualTo(merged);
		assertNothingWaits(clash);
		var late = read.submit(editor, "form#take", Map.of());
		assertThat(late.status()).isEqualTo(409);
		assertThat(ledger.find(clash.articleId()).orElseThrow().bodyMarkdown()).isEqualTo(merged);
	}

	@Test
	void aNewerClashTakesThePlaceOfTheOneReadAndUnknownItemsAreNotFound() throws Exception {
		Clash clash = clash("newer" + System.nanoTime());
		var read = editor.get(clash.page());
		drop("v3.tw", item(clash.run(), 3, AGENCY.replace("4,8", "4,7")));
		assertThat(poller.pollNow(clash.key()).count("conflict")).isEqualTo(1);

		var stale = read.submit(editor, "form#take", Map.of());

		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.html().select("[role=alert]").text()).contains("une version plus récente de l’agence");
		assertThat(stale.html().select("h1").text()).startsWith("Version 3 de l’agence");
		assertThat(stale.html().select("dd.diff-text[data-field=body] ins").text()).contains("4,7");
		assertThat(ledger.find(clash.articleId()).orElseThrow().bodyMarkdown()).isEqualTo(NEWSROOM);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM wire_pending_version WHERE provider = ?")
			.param(clash.run())
			.query(Long.class)
			.single()).as("one version waits per item").isEqualTo(1);

		assertThat(editor.get("/newsroom/wires/version?provider=" + clash.run() + "&guid=nope").status())
			.isEqualTo(404);
		var unknown = read.submit(editor, "form#keep", Map.of("guid", "nope"));
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(StaffSession.signedIn(context, port, Role.CONTRIBUTOR).get(clash.page()).status()).isEqualTo(403);
		var forged = new Browser(port).post("/newsroom/wires/version/take",
				Map.of("provider", clash.run(), "guid", "m", "version", "3"));
		assertThat(forged.status()).isIn(302, 401, 403);
		assertThat(ledger.find(clash.articleId()).orElseThrow().bodyMarkdown()).isEqualTo(NEWSROOM);
	}

	@Test
	void anAgencyVersionTheDeskRefusesIsNotTakenAndStillWaits() throws Exception {
		String run = "refused" + System.nanoTime();
		String headline = "Séisme à Mila " + run + " : " + "la terre a tremblé ".repeat(16);
		Clash clash = clash(run, headline);
		int before = revisions(clash.articleId());

		var refused = editor.get(clash.page()).submit(editor, "form#take", Map.of());

		assertThat(refused.status()).isEqualTo(422);
		assertThat(HtmlChecker.errors(refused.body())).isEmpty();
		assertThat(refused.html().select("[role=alert]").text())
			.contains("Rien n’a été modifié : la version de l’agence ne peut pas être reprise telle quelle.")
			.contains("Le titre dépasse 300 caractères.");
		assertThat(ledger.find(clash.articleId()).orElseThrow().bodyMarkdown()).isEqualTo(NEWSROOM);
		assertThat(revisions(clash.articleId())).isEqualTo(before);
		assertThat(editor.get("/newsroom/wires").html().select("#flags li").text()).contains(clash.run());
		// What the editor is told to do next: keep the newsroom's text.
		assertThat(refused.submit(editor, "form#keep", Map.of()).status()).isEqualTo(302);
		assertNothingWaits(clash);
	}

	/** An item filed, changed by the newsroom, then its version 2 clashing with that. */
	private record Clash(String run, String key, long articleId) {

		String page() {
			return "/newsroom/wires/version?provider=" + run + "&guid=m";
		}

	}

	private Clash clash(String run) throws Exception {
		return clash(run, "Séisme à Mila " + run);
	}

	/** As {@link #clash(String)}, version 2 with its own headline. */
	private Clash clash(String run, String headline) throws Exception {
		String key = sources.create(new WireSources.Form("Source " + run, "folder", dir.toString(), "AFP", "",
				"dépêches", "draft", "5", true));
		made.add(key);
		drop("v1.tw", item(run, 1, V1));
		assertThat(poller.pollNow(key).count("created")).isEqualTo(1);
		long id = jdbc.sql("SELECT article_id FROM wire_item WHERE provider = ? AND guid = 'm'")
			.param(run)
			.query(Long.class)
			.single();
		assertThat(editor.submit("/newsroom/articles/" + id, "form#editor", Map.of("body", NEWSROOM, "action", "save"))
			.status()).isLessThan(400);
		drop("v2.tw", item(run, 2, headline, AGENCY));
		assertThat(poller.pollNow(key).count("conflict")).isEqualTo(1);
		return new Clash(run, key, id);
	}

	/** No flag, no version waiting, and the page says so. */
	private void assertNothingWaits(Clash clash) {
		assertThat(editor.get("/newsroom/wires").html().select("#flags li").text()).doesNotContain(clash.run());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM wire_pending_version WHERE provider = ?")
			.param(clash.run())
			.query(Long.class)
			.single()).isZero();
		var page = editor.get(clash.page());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Aucune version de l’agence n’attend de décision");
		assertThat(page.html().select("form#take")).isEmpty();
	}

	private int revisions(long articleId) {
		return jdbc.sql("SELECT COUNT(*) FROM article_revision WHERE article_id = ?")
			.param(articleId)
			.query(Integer.class)
			.single();
	}

	/** The item {@code m} of the run, in the tests' format. */
	private static String item(String run, int version, String body) {
		return item(run, version, "Séisme à Mila " + run, body);
	}

	private static String item(String run, int version, String headline, String body) {
		return "provider: " + run + "\nguid: m\nversion: " + version + "\nheadline: " + headline + "\n--\n" + body
				+ "\n==\n";
	}

	private void drop(String name, String text) throws IOException {
		Path file = dir.resolve(name);
		Files.writeString(file, text);
		// As if written a minute ago: complete.
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
	}

}
