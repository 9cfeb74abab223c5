package org.kiosque.wires;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.account.Role;
import org.kiosque.article.LeadImage;
import org.kiosque.article.Newsdesk;
import org.kiosque.media.PictureRef;
import org.kiosque.media.Pictures;
import org.kiosque.support.Browser;
import org.kiosque.support.ExiftoolAvailable;
import org.kiosque.support.HtmlChecker;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.SamplePictures;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A lead picture that reaches a drop folder after its item, as agencies send the text
 * first and the photo a minute later, over the real stack: it becomes the article's lead
 * picture by itself with the item's caption and credit, never in place of one an editor
 * chose meanwhile, only for the picture the item's latest version names, and a file the
 * media library refuses goes to {@code failed/} with why. Items are in the tests' own
 * format ({@link TestWireFormat}).
 */
@KiosqueTest
class WiresLatePicturesTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	WireSources sources;

	@Autowired
	WirePoller poller;

	@Autowired
	Newsdesk newsdesk;

	@Autowired
	Pictures pictures;

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
	@ExtendWith(ExiftoolAvailable.class)
	void aPictureArrivingAfterItsItemBecomesTheLeadWithTheItemsCaptionAndCreditAndLeavesForDone() throws Exception {
		String run = "late" + System.nanoTime();
		String key = source(run, "publish");
		drop("port.tw", item(run, "p", 1, "Le port de Jijel s’agrandit", "Les travaux commencent.",
				"picture: port.jpg|Le port de Jijel au petit matin.|Photo APS"));

		assertThat(poller.pollNow(key).count("created")).isEqualTo(1);
		long id = articleOf(run, "p");
		assertThat(newsdesk.lead(id).orElseThrow().pictureId()).isNull();
		assertThat(logOf(key, "port.tw", "created"))
			.contains("Photo port.jpg annoncée mais absente du dossier : l’article est classé sans elle.")
			.contains("Elle est attendue : si elle arrive dans le dossier, elle deviendra la photo principale");

		var desk = editor.get("/newsroom/wires");
		assertThat(HtmlChecker.errors(desk.body())).isEmpty();
		var awaitedRow = desk.html().select("#awaited tr:contains(port.jpg)");
		assertThat(awaitedRow.text()).as("the desk lists what it awaits")
			.contains(run + " p")
			.contains("Source " + run);
		assertThat(awaitedRow.select("a").attr("href")).isEqualTo("/newsroom/articles/" + id);

		// The agency's photo, with its own IPTC caption and credit, a minute later.
		Path photo = SamplePictures.write(dir.resolve("port.jpg"), SamplePictures.jpeg(1200, 800));
		SamplePictures.withIptc(photo, "Légende de la photothèque", "Crédit IPTC");
		settled(photo);
		String fingerprint = sha256(Files.readAllBytes(photo));
		WirePoller.Report arrival = poller.pollNow(key);

		assertThat(arrival.error()).isNull();
		assertThat(arrival.counts()).containsExactly(Map.entry("updated", 1));
		LeadImage lead = newsdesk.lead(id).orElseThrow();
		assertThat(lead.pictureId()).isNotNull();
		assertThat(lead.caption()).isEqualTo("Le port de Jijel au petit matin.");
		assertThat(lead.credit()).isEqualTo("Photo APS");
		assertThat(jdbc.sql("SELECT fingerprint FROM picture WHERE id = ?")
			.param(lead.pictureId())
			.query(String.class)
			.single()).as("the library's copy is the agency's file").isEqualTo(fingerprint);
		assertThat(pictures.details(lead.pictureId()).orElseThrow().rights().caption())
			.as("the library keeps the file's own caption")
			.isEqualTo("Légende de la photothèque");
		assertThat(dir.resolve("port.jpg")).doesNotExist();
		assertThat(dir.resolve("done/port.jpg")).exists();
		var line = editor.get("/newsroom/wires/log?source=" + key + "&q=port.jpg").html().select("tr.outcome-updated");
		assertThat(line.text()).contains("mise à jour")
			.contains("port.jpg")
			.contains(run + " p")
			.contains("Photo port.jpg arrivée après la dépêche : devenue la photo principale.");
		assertThat(line.select("a").attr("href")).as("the line links to the article").isNotBlank();
		assertThat(editor.get("/newsroom/articles/" + id).html().select(".desk-last-change").text())
			.as("the editor names the agency, as the revisions page does")
			.startsWith("Dernière modification le ")
			.endsWith(" par Agence France-Presse");
		assertThat(poller.pollNow(key).counts()).as("nothing awaited any more").isEmpty();
		assertThat(editor.get("/newsroom/wires").html().select("#awaited tr:contains(port.jpg)")).isEmpty();
	}

	@Test
	void aLeadPictureAnEditorChoseMeanwhileStaysAndTheLatePictureWaitsInTheLibraryWithTheItemsWords() throws Exception {
		String run = "chosen" + System.nanoTime();
		String key = source(run, "draft");
		drop("marche.tw", item(run, "m", 1, "Le marché de Tizi Ouzou rouvre", "Les étals sont de retour.",
				"picture: marche.jpg|Le marché au matin.|Photo Agence"));
		poller.pollNow(key);
		long id = articleOf(run, "m");
		PictureRef chosen = pictures.upload("choix-redaction.jpg", SamplePictures.jpeg(1000, 700), null);
		var saved = editor.submit("/newsroom/articles/" + id, "form#editor",
				Map.of("picture", String.valueOf(chosen.id()), "caption", "Le choix de la rédaction.", "credit",
						"Photo Kiosque", "action", "save"));
		assertThat(saved.status()).isLessThan(400);
		assertThat(newsdesk.lead(id).orElseThrow().pictureId()).isEqualTo(chosen.id());

		byte[] late = SamplePictures.jpeg(1200, 801);
		SamplePictures.write(dir.resolve("marche.jpg"), late);
		settled(dir.resolve("marche.jpg"));
		WirePoller.Report arrival = poller.pollNow(key);

		assertThat(arrival.counts()).containsExactly(Map.entry("unused", 1));
		LeadImage lead = newsdesk.lead(id).orElseThrow();
		assertThat(lead.pictureId()).isEqualTo(chosen.id());
		assertThat(lead.caption()).isEqualTo("Le choix de la rédaction.");
		assertThat(lead.credit()).isEqualTo("Photo Kiosque");
		assertThat(dir.resolve("marche.jpg")).doesNotExist();
		assertThat(dir.resolve("done/marche.jpg")).exists();
		long kept = jdbc.sql("SELECT id FROM picture WHERE fingerprint = ?")
			.param(sha256(late))
			.query(Long.class)
			.single();
		var words = pictures.details(kept).orElseThrow().rights();
		assertThat(words.caption()).as("a file without words takes the item's").isEqualTo("Le marché au matin.");
		assertThat(words.credit()).isEqualTo("Photo Agence");
		assertThat(logOf(key, "marche.jpg", "unused")).isEqualTo(
				"Photo marche.jpg arrivée après la dépêche : la rédaction a changé la photo principale entre-temps, "
						+ "elle n’est pas utilisée ; elle est dans la photothèque (photo n° " + kept + ").");
		assertThat(editor.get("/newsroom/wires/log?source=" + key + "&q=marche.jpg")
			.html()
			.select("tr.outcome-unused")
			.text()).contains("photo non utilisée");
		var byLabel = editor.get("/newsroom/wires/log?source=" + key + "&q=non%20utilis%C3%A9e").html();
		assertThat(byLabel.select("tr.outcome-unused").text()).as("found by the outcome's label")
			.contains("marche.jpg");
		assertThat(byLabel.select("tbody tr")).as("and only that line").hasSize(1);

		// The desk changes its mind: the number the log gives is the one the editor
		// takes.
		var changed = editor.submit("/newsroom/articles/" + id, "form#editor", Map.of("picture", String.valueOf(kept),
				"caption", "Le marché au matin.", "credit", "Photo Agence", "action", "save"));
		assertThat(changed.status()).isLessThan(400);
		assertThat(newsdesk.lead(id).orElseThrow().pictureId()).isEqualTo(kept);
	}

	@Test
	void aNewerVersionNamingAnotherPictureSupersedesTheOneAwaitedBefore() throws Exception {
		String run = "superseded" + System.nanoTime();
		String key = source(run, "publish");
		drop("s1.tw", item(run, "s", 1, "La crue de la Soummam", "L’oued déborde.",
				"picture: premiere.jpg|Première légende.|Photo A"));
		poller.pollNow(key);
		drop("s2.tw", item(run, "s", 2, "La crue de la Soummam", "L’oued déborde à Béjaïa.",
				"picture: seconde.jpg|Seconde légende.|Photo B"));
		assertThat(poller.pollNow(key).count("updated")).isEqualTo(1);
		long id = articleOf(run, "s");

		dropPicture("premiere.jpg", 1200, 802);
		WirePoller.Report first = poller.pollNow(key);

		assertThat(first.counts()).as("the first picture is awaited no more").isEmpty();
		assertThat(newsdesk.lead(id).orElseThrow().pictureId()).isNull();
		assertThat(dir.resolve("premiere.jpg")).as("left in the folder, as any picture nobody awaits").exists();

		dropPicture("seconde.jpg", 1200, 803);
		WirePoller.Report second = poller.pollNow(key);

		assertThat(second.counts()).containsExactly(Map.entry("updated", 1));
		LeadImage lead = newsdesk.lead(id).orElseThrow();
		assertThat(lead.pictureId()).isNotNull();
		assertThat(lead.caption()).isEqualTo("Seconde légende.");
		assertThat(lead.credit()).isEqualTo("Photo B");
		assertThat(dir.resolve("done/seconde.jpg")).exists();
		assertThat(dir.resolve("premiere.jpg")).exists();
	}

	@Test
	void aLatePictureTheLibraryRefusesGoesToFailedWithItsReasonAndIsAwaitedNoMore() throws Exception {
		String run = "refused" + System.nanoTime();
		String key = source(run, "publish");
		drop("r.tw", item(run, "r", 1, "Le téléphérique de Constantine", "Il reprend du service.",
				"picture: cabine.jpg|La cabine au-dessus du Rhumel.|Photo Agence"));
		poller.pollNow(key);
		long id = articleOf(run, "r");

		drop("cabine.jpg", "pas une photo");
		WirePoller.Report arrival = poller.pollNow(key);

		assertThat(arrival.error()).isNull();
		assertThat(arrival.counts()).containsExactly(Map.entry("failed", 1));
		assertThat(newsdesk.lead(id).orElseThrow().pictureId()).isNull();
		assertThat(dir.resolve("cabine.jpg")).doesNotExist();
		assertThat(dir.resolve("failed/cabine.jpg")).exists();
		assertThat(Files.readString(dir.resolve("failed/cabine.jpg.reason")))
			.startsWith("Photo cabine.jpg arrivée après la dépêche, refusée : ");
		assertThat(logOf(key, "cabine.jpg", "failed"))
			.startsWith("Photo cabine.jpg arrivée après la dépêche, refusée : ");

		// The agency's file was bad: a good one of the same name later is not awaited.
		dropPicture("cabine.jpg", 1200, 804);
		assertThat(poller.pollNow(key).counts()).isEmpty();
		assertThat(newsdesk.lead(id).orElseThrow().pictureId()).isNull();
		assertThat(dir.resolve("cabine.jpg")).exists();
	}

	@Test
	void aWithdrawnItemAwaitsItsPictureNoMoreWhileAnotherItemsPictureStillComesIn() throws Exception {
		String run = "withdrawn" + System.nanoTime();
		String key = source(run, "publish");
		drop("w1.tw", item(run, "w", 1, "Un bilan provisoire", "Trois blessés.",
				"picture: bilan.jpg|Les secours sur place.|Photo Agence"));
		drop("k1.tw", item(run, "k", 1, "Les secours saluent les bénévoles", "Ils étaient cent.",
				"picture: benevoles.jpg|Les bénévoles à l’aube.|Photo Agence"));
		poller.pollNow(key);
		drop("w2.tw", item(run, "w", 2, "Un bilan provisoire", "Trois blessés.", "status: canceled",
				"picture: bilan.jpg|Les secours sur place.|Photo Agence"));
		assertThat(poller.pollNow(key).count("withdrawn")).isEqualTo(1);

		dropPicture("bilan.jpg", 1200, 805);
		dropPicture("benevoles.jpg", 1200, 806);
		WirePoller.Report arrival = poller.pollNow(key);

		assertThat(arrival.counts()).containsExactly(Map.entry("updated", 1));
		assertThat(newsdesk.lead(articleOf(run, "k")).orElseThrow().caption()).isEqualTo("Les bénévoles à l’aube.");
		assertThat(newsdesk.lead(articleOf(run, "w")).orElseThrow().pictureId()).isNull();
		assertThat(dir.resolve("bilan.jpg")).as("nobody awaits it: left in the folder").exists();
		assertThat(dir.resolve("done/benevoles.jpg")).exists();
	}

	@Test
	void aPictureArrivingAfterTheWaitIsNotUsedAndTheLogSaysItCameTooLate() throws Exception {
		String run = "expired" + System.nanoTime();
		String key = source(run, "publish");
		drop("e.tw", item(run, "e", 1, "La foire de Sétif", "Elle ouvre ses portes.",
				"picture: foire.jpg|La foire au premier jour.|Photo Agence"));
		poller.pollNow(key);
		long id = articleOf(run, "e");
		// Filed a day and an hour ago: past kiosque.wires.picture-wait (24 h).
		filedAgo(id, Duration.ofHours(25));

		dropPicture("foire.jpg", 1200, 807);
		WirePoller.Report arrival = poller.pollNow(key);

		assertThat(arrival.counts()).containsExactly(Map.entry("unused", 1));
		assertThat(logOf(key, "foire.jpg", "unused"))
			.startsWith("Photo foire.jpg arrivée après la fin de son attente (")
			.endsWith(") : elle n’est pas utilisée.");
		assertThat(newsdesk.lead(id).orElseThrow().pictureId()).isNull();
		assertThat(dir.resolve("done/foire.jpg")).exists();
		assertThat(awaitedFor(id)).isZero();
	}

	@Test
	void aPictureThatArrivedInTimeIsUsedEvenWhenThePollComesAfterTheWait() throws Exception {
		String run = "intime" + System.nanoTime();
		String key = source(run, "publish");
		drop("t.tw", item(run, "t", 1, "Le tramway d’Oran", "Une ligne de plus.",
				"picture: tram.jpg|La rame à l’essai.|Photo Agence"));
		poller.pollNow(key);
		long id = articleOf(run, "t");
		filedAgo(id, Duration.ofHours(25));

		// Arrived an hour after the item, a day ago: within the wait, polled only now.
		Path photo = SamplePictures.write(dir.resolve("tram.jpg"), SamplePictures.jpeg(1200, 808));
		Files.setLastModifiedTime(photo, FileTime.from(Instant.now().minus(Duration.ofHours(24))));
		WirePoller.Report arrival = poller.pollNow(key);

		assertThat(arrival.counts()).containsExactly(Map.entry("updated", 1));
		assertThat(newsdesk.lead(id).orElseThrow().caption()).isEqualTo("La rame à l’essai.");
		assertThat(dir.resolve("done/tram.jpg")).exists();
	}

	@Test
	void aLaterVersionsLatePictureReplacesTheAgencysEarlierPhoto() throws Exception {
		String run = "replaced" + System.nanoTime();
		String key = source(run, "publish");
		dropPicture("v1.jpg", 1200, 809);
		drop("a1.tw", item(run, "a", 1, "Le barrage de Beni Haroun", "Il est plein.",
				"picture: v1.jpg|Le barrage vu d’en haut.|Photo A"));
		poller.pollNow(key);
		long id = articleOf(run, "a");
		Long first = newsdesk.lead(id).orElseThrow().pictureId();
		assertThat(first).as("the first version's photo came with it").isNotNull();
		drop("a2.tw", item(run, "a", 2, "Le barrage de Beni Haroun", "Il déborde.",
				"picture: v2.jpg|Le barrage déborde.|Photo B"));
		assertThat(poller.pollNow(key).count("updated")).isEqualTo(1);
		assertThat(newsdesk.lead(id).orElseThrow().pictureId()).as("until its own comes").isEqualTo(first);

		dropPicture("v2.jpg", 1200, 810);
		WirePoller.Report arrival = poller.pollNow(key);

		assertThat(arrival.counts()).containsExactly(Map.entry("updated", 1));
		LeadImage lead = newsdesk.lead(id).orElseThrow();
		assertThat(lead.pictureId()).isNotNull().isNotEqualTo(first);
		assertThat(lead.caption()).isEqualTo("Le barrage déborde.");
		assertThat(lead.credit()).isEqualTo("Photo B");
	}

	private void filedAgo(long articleId, Duration ago) {
		jdbc.sql("UPDATE wire_awaited_picture SET awaited_since = ? WHERE article_id = ?")
			.params(OffsetDateTime.now().minus(ago), articleId)
			.update();
	}

	private long awaitedFor(long articleId) {
		return jdbc.sql("SELECT COUNT(*) FROM wire_awaited_picture WHERE article_id = ?")
			.param(articleId)
			.query(Long.class)
			.single();
	}

	private String source(String run, String mode) {
		String key = sources.create(new WireSources.Form("Source " + run, "folder", dir.toString(), "AFP", "",
				"dépêches", mode, "5", true));
		made.add(key);
		return key;
	}

	/** An item in the tests' format; the run is the provider and ends the headline. */
	private static String item(String run, String guid, int version, String headline, String body, String... more) {
		return "provider: " + run + "\nguid: " + guid + "\nversion: " + version + "\nheadline: " + headline + " " + run
				+ "\n" + String.join("\n", more) + "\n--\n" + body + "\n==\n";
	}

	private void drop(String name, String text) throws IOException {
		Path file = dir.resolve(name);
		Files.writeString(file, text);
		settled(file);
	}

	/** A real JPEG of that size dropped in the folder a minute ago: complete. */
	private Path dropPicture(String name, int width, int height) throws IOException {
		Path file = SamplePictures.write(dir.resolve(name), SamplePictures.jpeg(width, height));
		settled(file);
		return file;
	}

	/** As if written a minute ago: complete. */
	private static void settled(Path file) throws IOException {
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
	}

	private long articleOf(String provider, String guid) {
		return jdbc.sql("SELECT article_id FROM wire_item WHERE provider = ? AND guid = ?")
			.params(provider, guid)
			.query(Long.class)
			.single();
	}

	/** The detail of the source's one log line for this entry and outcome. */
	private String logOf(String key, String entry, String outcome) {
		return jdbc.sql("SELECT detail FROM wire_log WHERE source_key = ? AND entry = ? AND outcome = ?")
			.params(key, entry, outcome)
			.query(String.class)
			.single();
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
