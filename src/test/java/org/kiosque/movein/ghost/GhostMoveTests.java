package org.kiosque.movein.ghost;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.movein.MoveInReport;
import org.kiosque.movein.MoveInReport.Outcome;
import org.kiosque.movein.OriginKind;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.Mailbox;
import org.kiosque.support.SamplePictures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code import-ghost} as a newsroom moving from Ghost sees it: the articles' pages,
 * their pictures, sections and bylines, Ghost's old addresses answering 301, the
 * newsletter's list holding only members who asked for it, and a second run that changes
 * nothing. Every test may run after another: the import is idempotent, so each one
 * imports what it needs and looks only at its own things.
 */
@KiosqueTest
class GhostMoveTests {

	@LocalServerPort
	int port;

	@Autowired
	GhostMove move;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path images;

	@BeforeEach
	void ghostSitesPictures() throws Exception {
		for (String picture : List.of("2024/03/une.jpg", "2024/03/conseil.jpg", "2023/11/port.jpg", "2021/06/fete.jpg",
				"2021/06/scene.jpg")) {
			Files.createDirectories(images.resolve(picture).getParent());
			SamplePictures.write(images.resolve(picture), SamplePictures.jpeg(800, 600));
		}
	}

	GhostMove.Moved ghost(String export) throws Exception {
		return move.run(GhostExportReaderTests.export(export), images, false);
	}

	Optional<String> status(String slug) {
		return jdbc.sql("SELECT status FROM article WHERE slug = :slug")
			.param("slug", slug)
			.query(String.class)
			.optional();
	}

	@Test
	void aLexicalPostBecomesAnArticleWithItsSectionTagsBylinePicturesAndStandfirst() throws Exception {
		ghost("ghost5-site.json");

		Browser browser = new Browser(port);
		Browser.Page page = browser.get("/article/budget-participatif-vote");
		assertThat(page.status()).isEqualTo(200);
		Document html = page.html();
		assertThat(html.selectFirst("h1").text()).isEqualTo("Le budget participatif voté");
		assertThat(html.text()).contains("La ville consacre 5 % de son budget aux projets des habitants.")
			.contains("Anaïs Ghostwriter, Bruno Ghostwriter")
			.contains("Le conseil municipal a voté à l’unanimité le budget participatif");
		assertThat(html.select("a[href=/section/politique]")).isNotEmpty();
		assertThat(html.select("a[href=/tag/economie]")).isNotEmpty();
		assertThat(html.text()).doesNotContain("#une");
		// The body's captioned picture, from the library.
		assertThat(html.select("figure:has(figcaption:contains(mardi)) img[src^=/media/]")).hasSize(1);
		assertThat(html.select("figcaption:contains(mardi) em").text()).isEqualTo("conseil");
		// The embed is a link to the video, no third-party player.
		assertThat(html.select("a[href=https://www.youtube.com/watch?v=abc123]")).isNotEmpty();
		assertThat(html.select("iframe")).isEmpty();
		// The feature image is the lead picture, with Ghost's caption.
		assertThat(html.text()).contains("Le maire, photo X");
		assertThat(jdbc.sql("SELECT picture_id FROM article WHERE slug = 'budget-participatif-vote'")
			.query(Long.class)
			.single()).isNotNull();
	}

	@Test
	void eachStatusKeepsItsStandingAndPagesAreLeftOutWithAReason() throws Exception {
		GhostMove.Moved moved = ghost("ghost5-site.json");

		assertThat(status("budget-participatif-vote")).contains("PUBLISHED");
		assertThat(status("tempete-sur-le-port")).contains("DRAFT");
		assertThat(status("marche-de-noel")).contains("SCHEDULED");
		assertThat(status("a-propos")).isEmpty();
		assertThat(new Browser(port).get("/article/tempete-sur-le-port").status()).isEqualTo(404);
		assertThat(moved.report().skips()).anyMatch(n -> n.what().contains("À propos") && n.why().contains("page"));
	}

	@Test
	void ghostsOldAddressesAnswer301ToTheNewOnes() throws Exception {
		ghost("ghost5-site.json");
		Browser browser = new Browser(port);

		Browser.Page post = browser.get("/budget-participatif-vote/");
		assertThat(post.status()).isEqualTo(301);
		assertThat(post.location()).endsWith("/article/budget-participatif-vote");
		assertThat(browser.get("/la-gare-renovee/amp/").location()).endsWith("/article/la-gare-renovee");
		assertThat(browser.get("/tag/politique/").location()).endsWith("/section/politique");
		long anais = jdbc.sql("SELECT id FROM reader WHERE email = 'anais.ghost@journal.example'")
			.query(Long.class)
			.single();
		Browser.Page author = browser.get("/author/anais/");
		assertThat(author.status()).isEqualTo(301);
		assertThat(author.location()).endsWith("/auteur/" + anais);
		// A secondary tag to its tag page.
		assertThat(browser.get("/tag/economie/").location()).endsWith("/tag/economie");
		assertThat(browser.get("/tag/economie").status()).isEqualTo(200);
	}

	@Test
	void anOldAuthorPageLeadsToTheAuthorsPageWithTheirArticlesThoughTheyAreNotInvitedYet() throws Exception {
		ghost("ghost5-site.json");
		Browser browser = new Browser(port);

		// Anaïs signed her one published post with Bruno: the joint byline is hers too.
		Browser.Page anais = browser.open("/author/anais/");
		assertThat(anais.status()).isEqualTo(200);
		assertThat(anais.html().text()).contains("Anaïs Ghostwriter").contains("Le budget participatif voté");
		Browser.Page bruno = browser.open("/author/bruno/");
		assertThat(bruno.status()).isEqualTo(200);
		assertThat(bruno.html().text()).contains("La gare rénovée").doesNotContain("Le budget participatif voté");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM reader WHERE enabled = TRUE AND email LIKE '%.ghost@journal.example'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void authorsCannotSignInUntilInvited() throws Exception {
		ghost("ghost5-site.json");

		assertThat(jdbc.sql("SELECT enabled FROM reader WHERE email = 'bruno.ghost@journal.example'")
			.query(Boolean.class)
			.single()).isFalse();
	}

	@Test
	void onlyMembersWhoConsentedBecomeConfirmedSubscribers() throws Exception {
		ghost("ghost5-site.json");
		ghost("ghost4-mobiledoc.json");

		assertThat(subscriber("lectrice.abonnee@ghost.example")).contains("CONFIRMED");
		assertThat(subscriber("melomane@ghost4.example")).contains("CONFIRMED");
		assertThat(subscriber("lecteur.sans.lettre@ghost.example")).isEmpty();
		assertThat(subscriber("adresse.rebondie@ghost.example")).isEmpty();
		assertThat(subscriber("pas.de.lettre@ghost4.example")).isEmpty();
		// Confirmed without a confirmation mail: they had said yes on Ghost already.
		assertThat(Mailbox.to("lectrice.abonnee@ghost.example")).isEmpty();
		assertThat(Mailbox.to("melomane@ghost4.example")).isEmpty();
	}

	Optional<String> subscriber(String email) {
		return jdbc.sql("SELECT status FROM subscriber WHERE email = :email")
			.param("email", email)
			.query(String.class)
			.optional();
	}

	@Test
	void aMobiledocOnlyPostKeepsItsPicturesFromGhostsResizedAddresses() throws Exception {
		ghost("ghost4-mobiledoc.json");

		Document html = new Browser(port).get("/article/fete-de-la-musique").html();
		assertThat(html.select("em").text()).contains("Vive");
		assertThat(html.select("figure:has(figcaption:contains(La fête)) img[src^=/media/]")).hasSize(1);
		// The image section (no card), without a caption.
		assertThat(html.select("article img[src^=/media/], main img[src^=/media/]").size()).isGreaterThanOrEqualTo(2);
		assertThat(html.select("a[href=/section/culture]")).isNotEmpty();
	}

	@Test
	void aMissingPictureIsReportedAndTheArticleStillComes() throws Exception {
		Files.delete(images.resolve("2024/03/conseil.jpg"));
		GhostMove.Moved moved = ghost("ghost5-site.json");

		assertThat(status("la-gare-renovee")).contains("PUBLISHED");
		if (moved.report().counted(OriginKind.ARTICLE, Outcome.CREATED) > 0) {
			assertThat(moved.report().notes()).anyMatch(n -> n.why().contains("2024/02/absente.jpg"));
		}
		assertThat(new Browser(port).get("/article/la-gare-renovee").html().text()).contains("Le hall");
	}

	@Test
	void aSecondRunOfTheSameExportChangesNothing() throws Exception {
		ghost("ghost5-site.json");
		long articles = jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single();
		long pictures = jdbc.sql("SELECT COUNT(*) FROM picture").query(Long.class).single();

		GhostMove.Moved again = ghost("ghost5-site.json");

		MoveInReport report = again.report();
		assertThat(report.changedNothing()).isTrue();
		assertThat(report.counted(OriginKind.ARTICLE, Outcome.UNCHANGED)).isEqualTo(4);
		assertThat(report.counted(OriginKind.TAG, Outcome.UNCHANGED)).isPositive();
		assertThat(report.counted(OriginKind.TAG, Outcome.CREATED)).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM movein_origin WHERE origin_system = 'ghost' AND kind = 'TAG'")
			.query(Long.class)
			.single()).isPositive();
		assertThat(again.members().subscribed()).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single()).isEqualTo(articles);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM picture").query(Long.class).single()).isEqualTo(pictures);
	}

	@Test
	void aNewerExportBringsOnlyWhatChanged() throws Exception {
		ghost("reexport-before.json");

		GhostMove.Moved after = ghost("reexport-after.json");

		MoveInReport report = after.report();
		assertThat(report.counted(OriginKind.ARTICLE, Outcome.CREATED)).isEqualTo(1);
		assertThat(report.counted(OriginKind.ARTICLE, Outcome.UPDATED)).isEqualTo(1);
		assertThat(report.counted(OriginKind.ARTICLE, Outcome.UNCHANGED)).isEqualTo(1);
		assertThat(new Browser(port).get("/article/reexport-01").html().text()).contains("Texte corrigé après coup.");
		assertThat(new Browser(port).get("/article/reexport-03").status()).isEqualTo(200);
	}

	@Test
	void aDryRunTellsWhatWouldComeAndWritesNothing() throws Exception {
		String export = Files.readString(GhostExportReaderTests.export("reexport-after.json"), StandardCharsets.UTF_8)
			.replace("66aa00bb11cc22dd33ee44", "77bb11cc22dd33ee44ff55")
			.replace("reexport-", "essai-a-blanc-");
		Path file = Files.writeString(images.resolve("dry.json"), export, StandardCharsets.UTF_8);

		GhostMove.Moved dry = move.run(file, images, true);

		assertThat(dry.report().counted(OriginKind.ARTICLE, Outcome.CREATED)).isEqualTo(3);
		assertThat(status("essai-a-blanc-01")).isEmpty();
		assertThat(new Browser(port).get("/essai-a-blanc-01/").status()).isEqualTo(404);
	}

	@Test
	void aFileThatIsNoGhostExportWritesNothing() throws Exception {
		Path file = Files.writeString(images.resolve("wordpress.xml"), "<rss/>", StandardCharsets.UTF_8);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> move.run(file, images, false))
			.isInstanceOf(GhostExportRefused.class);
	}

}
