package org.kiosque.wires;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.account.Role;
import org.kiosque.article.ArticleLedger;
import org.kiosque.article.ArticleStatus;
import org.kiosque.article.DeskArticle;
import org.kiosque.article.Newsdesk;
import org.kiosque.article.PublishedArticle;
import org.kiosque.site.NewspaperDates;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.SamplePictures;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wire sources as an editor and an operator see them, over the real stack: a feed served
 * by the test polled with conditional requests, a drop folder with pictures, second
 * versions, the newsroom's own edits kept or clashing, a withdrawal, malformed files sent
 * to {@code failed/} with their reason and nothing stored, the sources' form, a source
 * that keeps failing. Items are in the tests' own format ({@link TestWireFormat}).
 */
@KiosqueTest
class WiresTests {

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
	Newsdesk newsdesk;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	NewspaperDates dates;

	@TempDir
	Path dir;

	private Browser editor;

	private final List<String> made = new ArrayList<>();

	private HttpServer server;

	@BeforeEach
	void signIn() {
		editor = StaffSession.signedIn(context, port, Role.EDITOR);
	}

	@AfterEach
	void stopSources() {
		TestSources.stop(sources, made);
		if (server != null) {
			server.stop(0);
		}
	}

	@Test
	void aFeedPolledAgainIsAskedConditionallyAndGivesAnUpdateAndANewItem() throws Exception {
		String run = "feed" + System.nanoTime();
		AtomicReference<String> feed = new AtomicReference<>(
				item(run, "1", 1, "Le barrage de Beni Haroun est plein", "Premier paragraphe.\n\nSecond.")
						+ item(run, "2", 1, "La pêche reprend à Collo", "La saison commence."));
		AtomicReference<String> etag = new AtomicReference<>("\"v1\"");
		List<String> conditions = Collections.synchronizedList(new ArrayList<>());
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/depeches.tw", exchange -> {
			String asked = exchange.getRequestHeaders().getFirst("If-None-Match");
			conditions.add(asked + " | " + exchange.getRequestHeaders().getFirst("If-Modified-Since"));
			if (etag.get().equals(asked)) {
				exchange.sendResponseHeaders(304, -1);
				exchange.close();
				return;
			}
			byte[] bytes = feed.get().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("ETag", etag.get());
			exchange.getResponseHeaders().add("Last-Modified", "Mon, 30 Nov 2026 08:00:00 GMT");
			exchange.sendResponseHeaders(200, bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		});
		server.start();
		String key = source(run, "feed", "http://127.0.0.1:" + server.getAddress().getPort() + "/depeches.tw", "draft");

		WirePoller.Report first = poller.pollNow(key);
		WirePoller.Report unchanged = poller.pollNow(key);
		feed.set(item(run, "1", 2, "Le barrage de Beni Haroun déborde", "Premier paragraphe, revu.\n\nSecond.")
				+ item(run, "2", 1, "La pêche reprend à Collo", "La saison commence.")
				+ item(run, "3", 1, "Un nouveau port à Jijel", "Les travaux commencent."));
		etag.set("\"v2\"");
		WirePoller.Report changed = poller.pollNow(key);

		assertThat(first.error()).isNull();
		assertThat(first.count("created")).isEqualTo(2);
		assertThat(conditions.get(0)).isEqualTo("null | null");
		assertThat(conditions.get(1)).isEqualTo("\"v1\" | Mon, 30 Nov 2026 08:00:00 GMT");
		assertThat(unchanged.counts()).isEmpty();
		assertThat(changed.count("updated")).isEqualTo(1);
		assertThat(changed.count("created")).isEqualTo(1);
		assertThat(changed.count("duplicate")).isEqualTo(1);
		DeskArticle updated = article(run, "1");
		assertThat(updated.headline()).isEqualTo("Le barrage de Beni Haroun déborde " + run);
		assertThat(updated.bodyMarkdown()).startsWith("Premier paragraphe, revu.");
		assertThat(updated.status()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(updated.source()).isEqualTo("AFP");
		assertThat(updated.authorId()).isNull();
		assertThat(jdbc.sql("SELECT agency FROM article_revision WHERE article_id = ? ORDER BY number DESC LIMIT 1")
			.param(updated.id())
			.query(String.class)
			.single()).isEqualTo("AFP");
		assertThat(article(run, "3").headline()).isEqualTo("Un nouveau port à Jijel " + run);
		assertThat(count("SELECT COUNT(*) FROM wire_item WHERE provider = ?", run)).isEqualTo(3);
		// The revisions page names the agency as the author.
		assertThat(editor.get("/newsroom/articles/" + updated.id() + "/revisions").text())
			.contains("Agence France-Presse");
		// The log says it all, and finds it.
		var log = editor.get("/newsroom/wires/log?source=" + key + "&q=" + run);
		assertThat(log.status()).isEqualTo(200);
		assertThat(log.html().select("tr.outcome-created")).hasSize(3);
		assertThat(log.html().select("tr.outcome-updated")).hasSize(1);
		assertThat(log.html().select("tr.outcome-duplicate")).hasSize(1);
	}

	@Test
	void aFolderTakesCompleteFilesWithTheirPicturesThenASecondVersionRevisesThePublishedArticle() throws Exception {
		String run = "folder" + System.nanoTime();
		String key = source(run, "folder", dir.toString(), "publish");
		SamplePictures.write(dir.resolve("barrage.jpg"), SamplePictures.jpeg(1200, 800));
		settled(dir.resolve("barrage.jpg"));
		drop("a.tw",
				item(run, "a", 1, "Le lac de Béni Haroun au plus haut",
						"Le barrage est plein.\n\nLes agriculteurs se réjouissent.",
						"picture: barrage.jpg|Le barrage vu du ciel.|Photo Agence"));
		drop("b.tw", item(run, "b", 1, "Les oliviers de Kabylie", "La récolte commence."));
		Files.writeString(dir.resolve("c.tw"), item(run, "c", 1, "Encore en cours d’écriture", "…"));

		WirePoller.Report first = poller.pollNow(key);

		assertThat(first.count("created")).isEqualTo(2);
		assertThat(dir.resolve("done/a.tw")).exists();
		assertThat(dir.resolve("done/b.tw")).exists();
		assertThat(dir.resolve("done/barrage.jpg")).exists();
		assertThat(dir.resolve("c.tw")).as("a file still being written waits").exists();
		DeskArticle lake = article(run, "a");
		assertThat(lake.status()).isEqualTo(ArticleStatus.PUBLISHED);
		var lead = newsdesk.lead(lake.id()).orElseThrow();
		assertThat(lead.pictureId()).isNotNull();
		assertThat(lead.caption()).isEqualTo("Le barrage vu du ciel.");
		assertThat(lead.credit()).isEqualTo("Photo Agence");
		assertThat(new Browser(port).get(PublishedArticle.pathOf(lake.slug())).status()).isEqualTo(200);

		drop("a-2.tw", item(run, "a", 2, "Le lac de Béni Haroun au plus haut",
				"Le barrage est plein à ras bord.\n\nLes agriculteurs se réjouissent."));
		drop("b-again.tw", item(run, "b", 1, "Les oliviers de Kabylie", "La récolte commence."));
		WirePoller.Report second = poller.pollNow(key);

		assertThat(second.count("updated")).isEqualTo(1);
		assertThat(second.count("duplicate")).isEqualTo(1);
		DeskArticle revised = article(run, "a");
		assertThat(revised.id()).isEqualTo(lake.id());
		assertThat(revised.status()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(revised.slug()).isEqualTo(lake.slug());
		assertThat(new Browser(port).get(PublishedArticle.pathOf(lake.slug())).text()).contains("à ras bord");
		assertThat(count("SELECT COUNT(*) FROM article WHERE headline = ?", "Les oliviers de Kabylie " + run))
			.isEqualTo(1);
	}

	@Test
	void aFolderWithEveryAgencyFormatThenTheirSecondVersions() throws Exception {
		String key = source("formats" + System.nanoTime(), "folder", dir.toString(), "publish");
		copy("dispatch/afp-vendanges.txt", "vendanges.txt");
		copy("newsml/afp-sommet-v1.xml", "sommet.xml");
		copy("ninjs/afp-ninjs-1.json", "trafic.json");
		copy("nitf/afp-nitf-embargo.xml", "goncourt.xml");

		WirePoller.Report first = poller.pollNow(key);

		assertThat(first.error()).isNull();
		assertThat(first.count("failed")).as(String.valueOf(first.counts())).isZero();
		assertThat(first.count("created")).isEqualTo(4);
		assertThat(dir.resolve("done")).isDirectoryContaining("glob:**/sommet.xml")
			.isDirectoryContaining("glob:**/trafic.json")
			.isDirectoryContaining("glob:**/goncourt.xml")
			.isDirectoryContaining("glob:**/vendanges.txt");
		long summit = articleOf("urn:newsml:afp.com:20260130:TX-PAR-KSQ41");
		int summitRevisions = revisions(summit);

		String vendanges = Files.readString(resource("dispatch/afp-vendanges.txt"))
			.replace("a reculé de 10 %", "a reculé de 11 %");
		drop("vendanges-2.txt", vendanges);
		copy("newsml/afp-sommet-v2.xml", "sommet-2.xml");
		drop("louvre-2.json",
				Files.readString(resource("ninjs/afp-ninjs-1.json"))
					.replace("\"version\": \"1\"", "\"version\": \"2\"")
					.replace("commenceront à l’automne", "commenceront en octobre"));
		copy("nitf/afp-nitf-canceled.xml", "goncourt-2.xml");
		copy("newsml/afp-sommet-v1.xml", "sommet-again.xml");

		WirePoller.Report second = poller.pollNow(key);

		assertThat(second.count("failed")).as(String.valueOf(second.counts())).isZero();
		assertThat(second.count("updated")).isEqualTo(3);
		assertThat(second.count("withdrawn")).isEqualTo(1);
		assertThat(second.count("duplicate")).as("version 1 again, after version 2").isEqualTo(1);
		assertThat(ledger.find(summit).orElseThrow().bodyMarkdown()).contains("stocks régionaux d’ici 2028");
		assertThat(
				ledger.find(articleOf("http://www.afp.com/ninjs/20260130/TX-PAR-KSQ52")).orElseThrow().bodyMarkdown())
			.contains("commenceront en octobre");
		assertThat(ledger.find(summit).orElseThrow().status()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(revisions(summit)).isEqualTo(summitRevisions + 1);
	}

	@Test
	void aNewNewsMlVersionWithAPictureTakesItAsTheLeadAndTheFileLeavesTheFolder() throws Exception {
		Summit summit = summitFiledWith("v3picture" + System.nanoTime(), SamplePictures.jpeg(1200, 800));
		Long first = newsdesk.lead(summit.articleId()).orElseThrow().pictureId();
		assertThat(first).isNotNull();

		WirePoller.Report update = newVersion(summit, 3, "port2.jpg", SamplePictures.jpeg(1600, 900));

		assertThat(update.count("updated")).isEqualTo(1);
		var lead = newsdesk.lead(summit.articleId()).orElseThrow();
		assertThat(lead.pictureId()).isNotNull().isNotEqualTo(first);
		assertThat(lead.caption()).isEqualTo("Les chefs d’État réunis à Addis-Abeba, le 30 janvier 2026.");
		assertThat(dir.resolve("port2.jpg")).doesNotExist();
		assertThat(dir.resolve("done/port2.jpg")).exists();
	}

	@Test
	void aPictureSentAgainWithANewVersionIsTheLibrarysSameCopy() throws Exception {
		byte[] photo = SamplePictures.jpeg(1234, 777);
		Summit summit = summitFiledWith("samepicture" + System.nanoTime(), photo);
		Long first = newsdesk.lead(summit.articleId()).orElseThrow().pictureId();

		WirePoller.Report update = newVersion(summit, 2, "afp-sommet-photo-v2.jpg", photo);

		assertThat(update.count("updated")).isEqualTo(1);
		assertThat(newsdesk.lead(summit.articleId()).orElseThrow().pictureId()).isEqualTo(first);
		String fingerprint = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM picture WHERE fingerprint = :f")
			.param("f", fingerprint)
			.query(Long.class)
			.single()).as("one copy in the library").isEqualTo(1);
		assertThat(dir.resolve("done/afp-sommet-photo-v2.jpg")).exists();
	}

	/** The summit story as filed from a folder source of its own, and that source. */
	private record Summit(String key, String firstVersion, long articleId) {
	}

	/**
	 * The summit story's first version (its GUID made unique by {@code run}) filed with
	 * {@code photo} as its picture file.
	 */
	private Summit summitFiledWith(String run, byte[] photo) throws Exception {
		String key = source(run, "folder", dir.toString(), "publish");
		String v1 = Files.readString(resource("newsml/afp-sommet-v1.xml")).replace("TX-PAR-KSQ41", "TX-" + run);
		SamplePictures.write(dir.resolve("afp-sommet-photo.jpg"), photo);
		settled(dir.resolve("afp-sommet-photo.jpg"));
		drop("sommet.xml", v1);
		poller.pollNow(key);
		return new Summit(key, v1, articleOf("urn:newsml:afp.com:20260130:TX-" + run));
	}

	/**
	 * Drops {@code version} of the summit story, its text changed, naming the picture
	 * file {@code picture} (written with {@code photo}), and polls its source.
	 */
	private WirePoller.Report newVersion(Summit summit, int version, String picture, byte[] photo) throws Exception {
		SamplePictures.write(dir.resolve(picture), photo);
		settled(dir.resolve(picture));
		drop("sommet-" + version + ".xml",
				summit.firstVersion()
					.replace("version=\"1\"", "version=\"" + version + "\"")
					.replace("href=\"afp-sommet-photo.jpg\"", "href=\"" + picture + "\"")
					.replace("Les travaux doivent s’achever samedi.", "Les travaux s’achèvent samedi."));
		return poller.pollNow(summit.key());
	}

	@Test
	void aPictureRefusedOrNamedByARefusedItemGoesToFailedWithItsReason() throws Exception {
		String run = "badpicture" + System.nanoTime();
		String key = source(run, "folder", dir.toString(), "publish");
		String v1 = Files.readString(resource("newsml/afp-sommet-v1.xml"));
		drop("broken.jpg", "pas une photo");
		drop("x.xml", v1.replace("TX-PAR-KSQ41", "TX-" + run + "-x")
			.replace("href=\"afp-sommet-photo.jpg\"", "href=\"broken.jpg\""));
		SamplePictures.write(dir.resolve("orphan.jpg"), SamplePictures.jpeg(1200, 800));
		settled(dir.resolve("orphan.jpg"));
		drop("y.xml",
				v1.replace("TX-PAR-KSQ41", "TX-" + run + "-y")
					.replace("href=\"afp-sommet-photo.jpg\"", "href=\"orphan.jpg\"")
					.replace("<headline>L’Union africaine", "<headline>" + "Titre ".repeat(100)));

		WirePoller.Report report = poller.pollNow(key);

		assertThat(report.count("created")).isEqualTo(1);
		assertThat(report.count("failed")).isEqualTo(1);
		try (var left = Files.list(dir)) {
			assertThat(left.filter(Files::isRegularFile)).as("nothing left in the drop folder").isEmpty();
		}
		assertThat(Files.readString(dir.resolve("failed/broken.jpg.reason"))).contains("Photo broken.jpg refusée");
		assertThat(Files.readString(dir.resolve("failed/orphan.jpg.reason"))).contains("y.xml")
			.contains("ne peut pas être classée");
	}

	@Test
	void aLeadPictureNamedButNotInTheFolderIsToldInTheLogAndTheArticleComesInWithoutIt() throws Exception {
		FiledWithoutLead filed = filedWithLeadNamed("nopicture", "pas-encore-la.jpg");

		assertThat(filed.detail()).contains("Publiée.")
			.contains("Photo pas-encore-la.jpg annoncée mais absente du dossier : l’article est classé sans elle.");
	}

	@Test
	void aLeadPictureNamedOutsideTheFolderIsToldInTheLogAndNeverRead() throws Exception {
		FiledWithoutLead filed = filedWithLeadNamed("outside", "../dehors.jpg");

		assertThat(filed.detail()).contains("Publiée.")
			.contains("Photo ../dehors.jpg hors du dossier (seuls les fichiers du dossier sont lus) : "
					+ "l’article est classé sans elle.");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM wire_awaited_picture WHERE article_id = ?")
			.param(filed.articleId())
			.query(Long.class)
			.single()).as("nothing outside the folder is awaited").isZero();
	}

	/** An article filed without its lead picture, and its line in the ingest log. */
	private record FiledWithoutLead(long articleId, String detail) {
	}

	/**
	 * Files the summit story (its GUID made unique) naming {@code href} as its lead
	 * picture, which the folder does not hold; checks the article came in without one.
	 */
	private FiledWithoutLead filedWithLeadNamed(String run, String href) throws Exception {
		String unique = run + System.nanoTime();
		String key = source(unique, "folder", dir.toString(), "publish");
		drop(unique + ".xml",
				Files.readString(resource("newsml/afp-sommet-v1.xml"))
					.replace("TX-PAR-KSQ41", "TX-" + unique)
					.replace("href=\"afp-sommet-photo.jpg\"", "href=\"" + href + "\""));

		assertThat(poller.pollNow(key).count("created")).isEqualTo(1);
		long id = articleOf("urn:newsml:afp.com:20260130:TX-" + unique);
		assertThat(newsdesk.lead(id).orElseThrow().pictureId()).isNull();
		return new FiledWithoutLead(id,
				jdbc.sql("SELECT detail FROM wire_log WHERE source_key = ? AND outcome = 'created'")
					.param(key)
					.query(String.class)
					.single());
	}

	@Test
	void pollingNowFromTheDeskSaysWhatCameOfItAboveTheSourcesLog() throws Exception {
		String run = "now" + System.nanoTime();
		String key = source(run, "folder", dir.toString(), "publish");
		drop("n.xml", Files.readString(resource("newsml/afp-sommet-v1.xml")).replace("TX-PAR-KSQ41", "TX-" + run));
		String form = "form[action='/newsroom/wires/poll']:has(input[name=source][value='" + key + "'])";

		var polled = editor.submit("/newsroom/wires", form, Map.of());

		assertThat(polled.status()).isEqualTo(302);
		var log = editor.get(polled.location());
		assertThat(log.html().select("p.notice[role=status]").text())
			.isEqualTo("Relève faite : 1 ligne ajoutée au journal.");
		assertThat(log.html().select("tr.outcome-created").text()).contains("n.xml");
		var again = editor.get(editor.submit("/newsroom/wires", form, Map.of()).location());
		assertThat(again.html().select("p.notice[role=status]").text()).isEqualTo("Relève faite : rien de nouveau.");
		assertThat(editor.get(polled.location()).html().select("p.notice[role=status]"))
			.as("said once, not at every visit")
			.isEmpty();
	}

	private void copy(String resource, String name) throws IOException {
		Path file = dir.resolve(name);
		Files.copy(resource(resource), file);
		settled(file);
	}

	private static Path resource(String name) {
		return Path.of("src/test/resources/wires", name);
	}

	private long articleOf(String guid) {
		return jdbc.sql("SELECT article_id FROM wire_item WHERE guid = ?").param(guid).query(Long.class).single();
	}

	private int revisions(long articleId) {
		return jdbc.sql("SELECT COUNT(*) FROM article_revision WHERE article_id = ?")
			.param(articleId)
			.query(Integer.class)
			.single();
	}

	@Test
	void theNewsroomsEditsStayWhenTheAgencyChangesOtherParagraphsAndAClashIsFlagged() throws Exception {
		String run = "merge" + System.nanoTime();
		String key = source(run, "folder", dir.toString(), "draft");
		drop("v1.tw", item(run, "m", 1, "Séisme à Mila", "Une secousse.\n\nPas de victime.\n\nLes écoles ferment."));
		poller.pollNow(key);
		DeskArticle draft = article(run, "m");
		var saved = editor.submit("/newsroom/articles/" + draft.id(), "form#editor", Map.of("body",
				"Une secousse.\n\nPas de victime.\n\nLes écoles ferment jusqu’à lundi.", "action", "save"));
		assertThat(saved.status()).isLessThan(400);

		drop("v2.tw", item(run, "m", 2, "Séisme à Mila",
				"Une secousse de magnitude 4,9.\n\nPas de victime.\n\nLes écoles ferment."));
		WirePoller.Report merged = poller.pollNow(key);

		assertThat(merged.count("updated")).isEqualTo(1);
		assertThat(article(run, "m").bodyMarkdown())
			.isEqualTo("Une secousse de magnitude 4,9.\n\nPas de victime.\n\nLes écoles ferment jusqu’à lundi.");

		editor.submit("/newsroom/articles/" + draft.id(), "form#editor",
				Map.of("body", "Une secousse de magnitude 5.\n\nPas de victime.\n\nLes écoles ferment jusqu’à lundi.",
						"action", "save"));
		drop("v3.tw", item(run, "m", 3, "Séisme à Mila",
				"Une secousse de magnitude 4,8.\n\nPas de victime.\n\nLes écoles ferment."));
		WirePoller.Report clash = poller.pollNow(key);

		assertThat(clash.count("conflict")).isEqualTo(1);
		assertThat(article(run, "m").bodyMarkdown()).startsWith("Une secousse de magnitude 5.");
		var page = editor.get("/newsroom/wires");
		assertThat(page.html().select("#flags li").text()).contains("Séisme à Mila " + run)
			.contains("touche ce que la rédaction a modifié");
	}

	@Test
	void aNewsMlVersionClashingWithTheNewsroomNamesTheFieldsAsTheFormDoes() throws Exception {
		String run = "clash" + System.nanoTime();
		String key = source(run, "folder", dir.toString(), "draft");
		String v1 = Files.readString(resource("newsml/afp-sommet-v1.xml")).replace("TX-PAR-KSQ41", "TX-" + run);
		drop("sommet.xml", v1);
		poller.pollNow(key);
		long id = articleOf("urn:newsml:afp.com:20260130:TX-" + run);
		String body = ledger.find(id).orElseThrow().bodyMarkdown();
		var saved = editor.submit("/newsroom/articles/" + id, "form#editor",
				Map.of("body", body.replace("ont ouvert vendredi", "ont ouvert ce vendredi"), "action", "save"));
		assertThat(saved.status()).isLessThan(400);

		drop("sommet-2.xml", v1.replace("version=\"1\"", "version=\"2\"")
			.replace("ont ouvert vendredi", "ont ouvert vendredi matin"));
		assertThat(poller.pollNow(key).count("conflict")).isEqualTo(1);

		String flag = editor.get("/newsroom/wires").html().select("#flags li").text();
		assertThat(flag).contains("La version 2 de l’agence touche ce que la rédaction a modifié (Texte)")
			.doesNotContain("(body)");
	}

	@Test
	void aWithdrawalUnpublishesAtOnceAndSaysWhy() throws Exception {
		String run = "kill" + System.nanoTime();
		String key = source(run, "folder", dir.toString(), "publish");
		drop("k1.tw", item(run, "k", 1, "Un chiffre erroné", "Trois mille."));
		poller.pollNow(key);
		DeskArticle published = article(run, "k");
		assertThat(new Browser(port).get(PublishedArticle.pathOf(published.slug())).status()).isEqualTo(200);

		drop("k2.tw", item(run, "k", 2, "Un chiffre erroné", "Trois mille.", "status: canceled"));
		WirePoller.Report kill = poller.pollNow(key);

		assertThat(kill.count("withdrawn")).isEqualTo(1);
		assertThat(article(run, "k").status()).isEqualTo(ArticleStatus.UNPUBLISHED);
		assertThat(new Browser(port).get(PublishedArticle.pathOf(published.slug())).status()).isNotEqualTo(200);
		assertThat(editor.get("/newsroom/wires").html().select("#flags li").text()).contains("Un chiffre erroné " + run)
			.contains("Retirée par l’agence (annulée, AFP)");
		assertThat(jdbc.sql("SELECT note FROM article_revision WHERE article_id = ? ORDER BY number DESC LIMIT 1")
			.param(published.id())
			.query(String.class)
			.single()).contains("Retirée par l’agence");
	}

	@Test
	void anEmbargoedItemFromAPublishingSourceIsScheduledAtItsInstantAndNeverPublicBefore() throws Exception {
		String run = "embargo" + System.nanoTime();
		String key = source(run, "folder", dir.toString(), "publish");
		Instant until = Instant.now().plusSeconds(7200).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		drop("e.tw", item(run, "e", 1, "Les résultats du baccalauréat", "Le taux de réussite progresse.",
				"embargo: " + until, "note: Ne pas diffuser avant l’heure."));

		assertThat(poller.pollNow(key).count("created")).isEqualTo(1);

		DeskArticle held = article(run, "e");
		assertThat(held.status()).isEqualTo(ArticleStatus.SCHEDULED);
		assertThat(held.publishedAt()).isEqualTo(until);
		assertThat(new Browser(port).get(PublishedArticle.pathOf(held.slug())).status()).isNotEqualTo(200);
		assertThat(editor.get("/newsroom/articles/" + held.id()).text()).contains("Ne pas diffuser avant l’heure.");
	}

	@Test
	void aNewsMlItemUnderAnEmbargoToComeIsLoggedAndRecordedAsScheduledNotPublished() throws Exception {
		String run = "newsml-embargo" + System.nanoTime();
		String key = source(run, "folder", dir.toString(), "publish");
		Instant until = Instant.now().plusSeconds(7200).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
		drop("insee.xml", Files.readString(resource("newsml/afp-message-embargo.xml"))
			.replace("TX-PAR-KSQ77", "TX-" + run)
			.replace("<embargoed>2026-02-02T06:00:00+01:00</embargoed>", "<embargoed>" + until + "</embargoed>"));

		assertThat(poller.pollNow(key).count("created")).isEqualTo(1);

		assertScheduledAndSaidSo(key, articleOf("urn:newsml:afp.com:20260130:TX-" + run), until);
	}

	@Test
	void aNinjsItemUnderAnEmbargoToComeIsLoggedAndRecordedAsScheduledNotPublished() throws Exception {
		String run = "ninjs-embargo" + System.nanoTime();
		String key = source(run, "folder", dir.toString(), "publish");
		Instant until = Instant.now().plusSeconds(7200).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
		drop("louvre.json",
				Files.readString(resource("ninjs/afp-ninjs-1.json"))
					.replace("TX-PAR-KSQ52", "TX-" + run)
					.replace("\"embargoed\": \"2026-01-31T00:01:00+01:00\"", "\"embargoed\": \"" + until + "\""));

		assertThat(poller.pollNow(key).count("created")).isEqualTo(1);

		assertScheduledAndSaidSo(key, articleOf("http://www.afp.com/ninjs/20260130/TX-" + run), until);
	}

	/**
	 * The article waits for its embargo, the ingest log says so with the date as the site
	 * prints it, and its first revision is a scheduling, not a publication.
	 */
	private void assertScheduledAndSaidSo(String key, long articleId, Instant until) {
		DeskArticle held = ledger.find(articleId).orElseThrow();
		assertThat(held.status()).isEqualTo(ArticleStatus.SCHEDULED);
		assertThat(held.publishedAt()).isEqualTo(until);
		var log = editor.get("/newsroom/wires/log?source=" + key).html().select("tr.outcome-created").text();
		assertThat(log).contains("Sous embargo jusqu’au " + dates.dayAndTime(until)).doesNotContain("Publiée");
		var first = editor.get("/newsroom/articles/" + articleId + "/revisions").html().select("tr[data-number=1]");
		assertThat(first.select("td.action").text()).isEqualTo("Programmation");
		assertThat(first.select("td.status").text()).isEqualTo("Programmé");
	}

	@Test
	void malformedFilesGoToFailedWithTheirReasonAndNothingIsStored() throws Exception {
		String run = "bad" + System.nanoTime();
		String key = source(run, "folder", dir.toString(), "publish");
		drop("sans-titre.tw", item(run, "x", 1, "", "Un corps sans titre."));
		drop("inconnu.xyz", "<rien/>");
		drop("trop-long.tw",
				item(run, "y", 1, "Bon titre", "Bon corps.") + item(run, "z", 1, "Titre ".repeat(100), "Corps."));

		WirePoller.Report report = poller.pollNow(key);

		assertThat(report.error()).isNull();
		assertThat(report.count("failed")).isEqualTo(3);
		for (String name : List.of("sans-titre.tw", "inconnu.xyz", "trop-long.tw")) {
			assertThat(dir.resolve("failed/" + name)).exists();
			assertThat(dir.resolve("failed/" + name + ".reason")).exists();
		}
		assertThat(Files.readString(dir.resolve("failed/inconnu.xyz.reason"))).contains("Format non reconnu");
		assertThat(Files.readString(dir.resolve("failed/trop-long.tw.reason"))).contains("ne peut pas être classée");
		assertThat(count("SELECT COUNT(*) FROM wire_item WHERE provider = ?", run)).isZero();
		assertThat(count("SELECT COUNT(*) FROM article WHERE headline = ?", "Bon titre " + run)).isZero();
		var log = editor.get("/newsroom/wires/log?q=inconnu.xyz&source=" + key);
		assertThat(log.html().select("tr.outcome-failed").text()).contains("Format non reconnu");
	}

	@Test
	void editorsAddSourcesWithAFormThatSaysWhatIsWrong() {
		var page = editor.get("/newsroom/wires");
		assertThat(page.status()).isEqualTo(200);
		var refused = editor.submit("/newsroom/wires", "form#new-source",
				Map.of("name", "", "type", "feed", "location", "ftp://agence.example/", "interval", "0"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.html().select("[role=alert]").text()).contains("Donnez un nom à la source")
			.contains("http:// ou https://")
			.contains("d’une minute à 1 440 minutes");
		String name = "APS " + System.nanoTime();
		var created = editor.submit("/newsroom/wires", "form#new-source", Map.of("name", name, "type", "feed",
				"location", "https://aps.example/rss", "agency", "APS", "interval", "10"));
		assertThat(created.status()).isEqualTo(302);
		WireSource source = sources.all().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
		made.add(source.key());
		assertThat(source.interval().toMinutes()).isEqualTo(10);
		assertThat(source.publish()).isFalse();
		assertThat(editor.get("/newsroom/wires").html().select("li[data-key=" + source.key() + "] h3").text())
			.contains(name);
		var forged = new Browser(port).post("/newsroom/wires", Map.of("name", "Pirate", "type", "feed"));
		assertThat(forged.status()).isIn(302, 401, 403);
		assertThat(sources.all().stream().noneMatch(s -> s.name().equals("Pirate"))).isTrue();
		assertThat(StaffSession.signedIn(context, port, Role.CONTRIBUTOR).get("/newsroom/wires").status())
			.isEqualTo(403);
	}

	@Test
	void aSourceThatKeepsFailingSaysSoInTheNewsroomAndTheHealth() throws Exception {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", exchange -> {
			exchange.sendResponseHeaders(503, -1);
			exchange.close();
		});
		server.start();
		String run = "down" + System.nanoTime();
		String key = source(run, "feed", "http://127.0.0.1:" + server.getAddress().getPort() + "/rss.tw", "draft");

		for (int i = 0; i < 3; i++) {
			assertThat(poller.pollNow(key).error()).isEqualTo("Le serveur du flux a répondu 503.");
		}

		var state = jdbc.sql("SELECT failures, next_poll_at FROM wire_poll WHERE source_key = ?")
			.param(key)
			.query((rs, n) -> Map.entry(rs.getInt(1), rs.getObject(2, java.time.OffsetDateTime.class).toInstant()))
			.single();
		assertThat(state.getKey()).isEqualTo(3);
		assertThat(state.getValue()).as("backed off: 5 min doubled twice").isAfter(Instant.now().plusSeconds(19 * 60));
		var row = editor.get("/newsroom/wires").html().select("li[data-key=" + key + "] .wire-state").text();
		assertThat(row).contains("3 échecs d’affilée").contains("répondu 503");
		var health = context.getBean("wiresHealthIndicator", HealthIndicator.class).health();
		assertThat(health.getStatus()).isEqualTo(new Status("FAILING"));
		assertThat(health.getDetails().get("failing").toString()).contains(run);
		// Readers are still served: the site's own status does not fall with an agency.
		assertThat(new Browser(port).get("/actuator/health").status()).isEqualTo(200);
	}

	private String source(String run, String type, String location, String mode) {
		String key = sources
			.create(new WireSources.Form("Source " + run, type, location, "AFP", "", "dépêches", mode, "5", true));
		made.add(key);
		return key;
	}

	/** An item in the tests' format; the run is the provider and ends the headline. */
	private static String item(String run, String guid, int version, String headline, String body, String... more) {
		return "provider: " + run + "\nguid: " + guid + "\nversion: " + version + "\n"
				+ (headline.isEmpty() ? "" : "headline: " + headline + " " + run + "\n") + String.join("\n", more)
				+ "\n--\n" + body + "\n==\n";
	}

	private void drop(String name, String text) throws IOException {
		Path file = dir.resolve(name);
		Files.writeString(file, text);
		settled(file);
	}

	/** As if written a minute ago: complete. */
	private static void settled(Path file) throws IOException {
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
	}

	private DeskArticle article(String provider, String guid) {
		long id = jdbc.sql("SELECT article_id FROM wire_item WHERE provider = ? AND guid = ?")
			.params(provider, guid)
			.query(Long.class)
			.single();
		return ledger.find(id).orElseThrow();
	}

	private long count(String sql, Object param) {
		return jdbc.sql(sql).param(param).query(Long.class).single();
	}

}
