package org.kiosque.movein;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kiosque.account.Role;
import org.kiosque.article.ArticleStatus;
import org.kiosque.article.Slugs;
import org.kiosque.movein.MoveInReport.Outcome;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code import-wordpress} run again while the newsroom already works on what came: an
 * article edited at the desk and its section renamed in {@code /newsroom/sections} (as an
 * editor does, over HTTP) are no change of the export, so the same export again writes
 * nothing over them, however many renames; a post that did change on WordPress is written
 * again, and its article's history says so. Sections are counted created only when the
 * run makes them, in the run as in its dry run.
 */
@KiosqueTest
class WordPressMoveOverEditsTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	WordPressMove move;

	@Autowired
	MovingIn movingIn;

	@Autowired
	Origins origins;

	@Autowired
	JdbcClient jdbc;

	private Browser editor;

	@BeforeEach
	void signIn() {
		editor = StaffSession.signedIn(context, port, Role.EDITOR);
	}

	MoveInReport run(String export, boolean dryRun) throws IOException {
		Path file = Path.of("src/test/resources/movein/wordpress", export);
		return move.run(new WordPressMove.Options(file, null, dryRun, false));
	}

	long article(String postId) {
		return origins.find(WordPressMove.SYSTEM, OriginKind.ARTICLE, postId).orElseThrow().kiosqueId();
	}

	String body(long id) {
		return jdbc.sql("SELECT body_markdown FROM article WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	String sectionOf(long id) {
		return jdbc.sql("SELECT s.slug FROM article a JOIN section s ON s.id = a.section_id WHERE a.id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	int latestRevision(long id) {
		return jdbc.sql("SELECT COALESCE(MAX(number), 0) FROM article_revision WHERE article_id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	/** Saves {@code body} as the article's body at the desk, as an editor does. */
	void edit(long id, String body) {
		var saved = editor.get("/newsroom/articles/" + id)
			.submit(editor, "form#editor", Map.of("body", body, "action", "save"));
		assertThat(saved.status()).as(saved.text()).isEqualTo(303);
		assertThat(body(id)).isEqualTo(body);
	}

	/** Renames the section at {@code /newsroom/sections}; returns its new slug. */
	String rename(String slug, String name) {
		var desk = editor.get("/newsroom/sections");
		var form = desk.html().selectFirst("#sections > li[data-slug=" + slug + "] form[id^=edit-section-]");
		assertThat(form).as("section " + slug + " on the desk").isNotNull();
		var renamed = desk.submit(editor, "form#" + form.id(), Map.of("name", name, "description", ""));
		assertThat(renamed.status()).as(renamed.text()).isEqualTo(302);
		return Slugs.of(name);
	}

	@Test
	void theSameExportAfterAnEditAndARenameHereWritesNothingOverThem() throws Exception {
		MoveInReport first = run("after-edits.xml", false);
		assertThat(first.counted(OriginKind.ARTICLE, Outcome.CREATED)).isEqualTo(2);
		long published = article("8001");
		long draft = article("8002");
		String slug = sectionOf(published);
		assertThat(slug).isEqualTo("economie-wpr");
		String publishedEdit = "Le marché couvert rouvre, dit Ahmed, poissonnier depuis 1998 (ÉDITION RÉDACTION).";
		String draftEdit = "Texte réécrit par la rédaction de Kiosque.";
		edit(published, publishedEdit);
		edit(draft, draftEdit);
		int publishedRevision = latestRevision(published);
		int draftRevision = latestRevision(draft);
		long sections = count("SELECT COUNT(*) FROM section");

		for (String name : List.of("Oran WPR", "Oran et sa région WPR", "Oranie WPR")) {
			slug = rename(slug, name);

			MoveInReport again = run("after-edits.xml", false);

			assertThat(again.counted(OriginKind.ARTICLE, Outcome.UNCHANGED)).as(name).isEqualTo(2);
			assertThat(again.counted(OriginKind.ARTICLE, Outcome.UPDATED)).as(name).isZero();
			assertThat(again.counted(OriginKind.ARTICLE, Outcome.CREATED)).as(name).isZero();
			assertThat(again.counted(OriginKind.SECTION, Outcome.UNCHANGED)).as(name).isEqualTo(1);
			assertThat(again.counted(OriginKind.SECTION, Outcome.CREATED)).as(name).isZero();
			assertThat(body(published)).as(name).isEqualTo(publishedEdit);
			assertThat(body(draft)).as(name).isEqualTo(draftEdit);
			assertThat(latestRevision(published)).as(name).isEqualTo(publishedRevision);
			assertThat(latestRevision(draft)).as(name).isEqualTo(draftRevision);
			// Still in the section it was, under its new name; no section made for the
			// old one.
			assertThat(sectionOf(published)).as(name).isEqualTo(slug);
			assertThat(count("SELECT COUNT(*) FROM section")).as(name).isEqualTo(sections);
			assertThat(new Browser(port).get("/article/marche-couvert-wpr").html().text()).as(name)
				.contains("(ÉDITION RÉDACTION)");
			// The category's old addresses are pointed at the section's new one (one
			// hop), and said so.
			assertThat(again.formerAddresses()).as(name).isEqualTo(2);
			var archive = new Browser(port).get("/category/economie-wpr/");
			assertThat(archive.status()).as(name).isEqualTo(301);
			assertThat(archive.location()).as(name).isEqualTo("/section/" + slug);

			// And with no rename in between, nothing at all.
			assertThat(run("after-edits.xml", false).changedNothing()).as(name).isTrue();
			assertThat(run("after-edits.xml", true).changedNothing()).as(name).isTrue();
		}
	}

	@Test
	void aPostChangedOnWordPressIsWrittenOverTheEditAndTheHistoryKeepsBoth() throws Exception {
		run("changed-there-v1.xml", false);
		long festival = article("8101");
		long museum = article("8102");
		String festivalEdit = "Le festival ouvre jeudi soir, place du 1er-Novembre.";
		String museumEdit = "Le musée rouvre ses salles, dont deux nouvelles.";
		edit(festival, festivalEdit);
		edit(museum, museumEdit);
		// Taken down by the newsroom meanwhile: the old site's "publish" does not put it
		// back.
		var down = editor.get("/newsroom/articles/" + festival)
			.submit(editor, "form#editor", Map.of("action", "unpublish"));
		assertThat(down.status()).as(down.text()).isEqualTo(303);
		int edited = latestRevision(festival);
		int museumEdited = latestRevision(museum);
		rename("culture-wpr", "Culture et loisirs WPR");

		MoveInReport newer = run("changed-there-v2.xml", false);

		// The post that changed on WordPress wins, as moving-in.md says; the other
		// keeps the newsroom's edit.
		assertThat(newer.counted(OriginKind.ARTICLE, Outcome.UPDATED)).isEqualTo(1);
		assertThat(newer.counted(OriginKind.ARTICLE, Outcome.UNCHANGED)).isEqualTo(1);
		assertThat(body(festival)).isEqualTo("Le festival ouvre vendredi, un jour plus tard que prévu.");
		assertThat(jdbc.sql("SELECT status FROM article WHERE id = ?").param(festival).query(String.class).single())
			.as("still taken down")
			.isEqualTo("UNPUBLISHED");
		assertThat(body(museum)).isEqualTo(museumEdit);
		assertThat(sectionOf(festival)).isEqualTo("culture-et-loisirs-wpr");
		// The overwrite is a revision of its own, by WordPress, after the newsroom's,
		// which can be restored.
		assertThat(latestRevision(festival)).isEqualTo(edited + 1);
		Map<String, Object> revision = jdbc
			.sql("SELECT action, account_id, agency, body, changed, note FROM article_revision"
					+ " WHERE article_id = :id AND number = :number")
			.param("id", festival)
			.param("number", edited + 1)
			.query()
			.singleRow();
		assertThat(revision.get("action")).isEqualTo("save");
		assertThat(revision.get("account_id")).isNull();
		assertThat(revision.get("agency")).isEqualTo("WordPress");
		assertThat(revision.get("body")).isEqualTo("Le festival ouvre vendredi, un jour plus tard que prévu.");
		assertThat((String) revision.get("changed")).contains("body");
		assertThat((String) revision.get("note")).contains("WordPress").contains("8101");
		assertThat(jdbc.sql("SELECT body FROM article_revision WHERE article_id = :id AND number = :number")
			.param("id", festival)
			.param("number", edited)
			.query(String.class)
			.single()).isEqualTo(festivalEdit);
		assertThat(editor.get("/newsroom/articles/" + festival + "/revisions").html().select("main").text())
			.contains("WordPress");
		assertThat(latestRevision(museum)).isEqualTo(museumEdited);
		assertThat(run("changed-there-v2.xml", false).changedNothing()).isTrue();
		assertThat(latestRevision(festival)).isEqualTo(edited + 1);
	}

	@Test
	void aSectionOfTheSameNameIsFoundNotMadeInTheRunAsInItsDryRun() throws Exception {
		var made = editor.submit("/newsroom/sections", "form#new-section",
				Map.of("name", "Sport WPR", "description", ""));
		assertThat(made.status()).as(made.text()).isEqualTo(302);
		long sections = count("SELECT COUNT(*) FROM section");

		MoveInReport dry = run("known-section.xml", true);
		MoveInReport real = run("known-section.xml", false);

		for (MoveInReport report : List.of(dry, real)) {
			assertThat(report.counted(OriginKind.SECTION, Outcome.CREATED)).as("dry run " + report.dryRun())
				.isEqualTo(1);
			assertThat(report.counted(OriginKind.SECTION, Outcome.UNCHANGED)).as("dry run " + report.dryRun())
				.isEqualTo(1);
		}
		assertThat(count("SELECT COUNT(*) FROM section")).isEqualTo(sections + 1);
		assertThat(sectionOf(article("8201"))).isEqualTo("sport-wpr");
		assertThat(sectionOf(article("8202"))).isEqualTo("sante-wpr");
		MoveInReport again = run("known-section.xml", false);
		assertThat(again.counted(OriginKind.SECTION, Outcome.UNCHANGED)).isEqualTo(2);
		assertThat(again.changedNothing()).isTrue();
	}

	/**
	 * An origin map noted by an earlier version, whose fingerprints held the section's
	 * slug: the first run after the upgrade, after a rename too, still finds the same
	 * post, and writes nothing over the newsroom's edit.
	 */
	@Test
	void aNoteInTheFormerFormWithTheSectionsSlugOfThenIsStillTheSamePost() {
		String system = "legacy-wpr";
		String name = "Patrimoine WPR";
		MovingIn.Run first = movingIn.begin(system, false, new MoveInReport(false));
		String slug = first.section("cat-71", name);
		MovingArticle article = article("7101", slug);
		long id = first.article(article).id();
		String former = article.fingerprint(slug);
		jdbc.sql("UPDATE movein_origin SET fingerprint = :former WHERE origin_system = :system AND kind = 'ARTICLE'"
				+ " AND origin_id = '7101'")
			.param("former", former)
			.param("system", system)
			.update();
		String edited = "La casbah, revue par la rédaction.";
		edit(id, edited);
		String renamed = rename(slug, "Patrimoine et mémoire WPR");

		MoveInReport report = new MoveInReport(false);
		MovingIn.Run again = movingIn.begin(system, false, report);
		String now = again.section("cat-71", name);
		MovingIn.Written written = again.article(article("7101", now));

		assertThat(now).isEqualTo(renamed);
		assertThat(written.outcome()).isEqualTo(Outcome.UNCHANGED);
		assertThat(body(id)).isEqualTo(edited);
		// Noted again in today's form, once.
		String noted = origins.find(system, OriginKind.ARTICLE, "7101").orElseThrow().fingerprint();
		assertThat(noted).isNotEqualTo(former);
		MovingIn.Run third = movingIn.begin(system, false, new MoveInReport(false));
		assertThat(third.article(article("7101", third.section("cat-71", name))).outcome())
			.isEqualTo(Outcome.UNCHANGED);
		assertThat(origins.find(system, OriginKind.ARTICLE, "7101").orElseThrow().fingerprint()).isEqualTo(noted);
	}

	static MovingArticle article(String originId, String sectionSlug) {
		return new MovingArticle(originId, "La casbah restaurée WPR", "casbah-wpr", null, "La casbah restaurée.",
				ArticleStatus.PUBLISHED, Instant.parse("2025-11-10T08:30:00Z"), sectionSlug, List.of(), null, null,
				null, null, 0, List.of(), List.of());
	}

}
