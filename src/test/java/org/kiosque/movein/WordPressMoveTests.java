package org.kiosque.movein;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kiosque.account.People;
import org.kiosque.account.Person;
import org.kiosque.account.Role;
import org.kiosque.movein.MoveInReport.Outcome;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.SamplePictures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code import-wordpress} on exports written for these tests
 * ({@code src/test/resources/movein/wordpress/}): a block-editor site whose permalinks
 * carry the date, a classic-editor site under {@code /blog} whose permalinks are the slug
 * alone, and two exports of one site a month apart. What an editor and a reader notice:
 * the articles, their sections, authors, pictures, comments and counts, and the old
 * addresses answering 301.
 */
@KiosqueTest
class WordPressMoveTests {

	private static Path uploads;

	private static MoveInReport blocks;

	private static MoveInReport classic;

	@LocalServerPort
	int port;

	@Autowired
	WordPressMove move;

	@Autowired
	Origins origins;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void uploads() throws IOException {
		uploads = Files.createTempDirectory("wp-uploads");
		Files.createDirectories(uploads.resolve("2019/05"));
		Files.createDirectories(uploads.resolve("2018/03"));
		SamplePictures.write(uploads.resolve("2019/05/mairie.jpg"), SamplePictures.jpeg(1600, 1200));
		SamplePictures.write(uploads.resolve("2018/03/phare.jpg"), SamplePictures.jpeg(1200, 800));
	}

	/**
	 * The two sites move in once for every test of this class (the database is shared).
	 */
	@BeforeEach
	void moveIn() throws IOException {
		if (blocks == null || origins.find(WordPressMove.SYSTEM, OriginKind.ARTICLE, "1001").isEmpty()) {
			blocks = run("blocks-dated.xml");
			classic = run("classic-undated.xml");
		}
	}

	MoveInReport run(String export) throws IOException {
		return run(export, false);
	}

	MoveInReport run(String export, boolean dryRun) throws IOException {
		Path file = Path.of("src/test/resources/movein/wordpress", export);
		return move.run(new WordPressMove.Options(file, uploads, dryRun, false));
	}

	long article(String postId) {
		return origins.find(WordPressMove.SYSTEM, OriginKind.ARTICLE, postId).orElseThrow().kiosqueId();
	}

	Map<String, Object> row(String postId) {
		return jdbc.sql("""
				SELECT a.slug, a.headline, a.standfirst, a.body_markdown, a.status, a.published_at, a.byline,
				       a.author_id, a.picture_id, a.image_caption, s.slug AS section_slug
				FROM article a LEFT JOIN section s ON s.id = a.section_id WHERE a.id = :id""")
			.param("id", article(postId))
			.query()
			.singleRow();
	}

	List<String> tags(String postId) {
		return jdbc
			.sql("SELECT t.name FROM article_tag at JOIN tag t ON t.id = at.tag_id WHERE at.article_id = :id"
					+ " ORDER BY t.name")
			.param("id", article(postId))
			.query(String.class)
			.list();
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException, URISyntaxException {
		HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		return client.send(HttpRequest.newBuilder(new URI("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	static Instant instant(Object value) {
		return switch (value) {
			case java.time.OffsetDateTime t -> t.toInstant();
			case java.sql.Timestamp t -> t.toInstant();
			case Instant i -> i;
			default -> throw new IllegalArgumentException(value.getClass().getName());
		};
	}

	@Test
	void postsKeepTheirStatusDateSlugAndExcerpt() {
		Map<String, Object> published = row("1001");
		assertThat(published.get("status")).isEqualTo("PUBLISHED");
		assertThat(published.get("slug")).isEqualTo("budget-vote-wpb");
		assertThat(published.get("headline")).isEqualTo("Le conseil municipal vote le budget");
		assertThat(published.get("standfirst")).isEqualTo("Le budget passe à une large majorité.");
		// post_date_gmt, not the local post_date two hours later.
		assertThat(instant(published.get("published_at"))).isEqualTo(Instant.parse("2019-05-12T08:30:00Z"));
		assertThat(row("1002").get("status")).isEqualTo("DRAFT");
		assertThat(row("1003").get("status")).isEqualTo("IN_REVIEW");
		assertThat(row("1003").get("slug")).isEqualTo("relu-wpb");
		Map<String, Object> future = row("1004");
		assertThat(future.get("status")).isEqualTo("SCHEDULED");
		assertThat(instant(future.get("published_at"))).isEqualTo(Instant.parse("2031-07-14T08:00:00Z"));
		assertThat(row("1005").get("status")).isEqualTo("UNPUBLISHED");
		// A slug WordPress wrote percent-encoded comes as the words it stood for.
		assertThat(row("2002").get("slug")).isEqualTo("ete-des-ecluses-wpc");
		assertThat(row("2001").get("headline")).isEqualTo("Le phare & la mer");
	}

	@Test
	void theBlockEditorsBodyBecomesMarkdownWithItsPictureAndItsEmbedsAsLinks() {
		String body = (String) row("1001").get("body_markdown");
		assertThat(body)
			.contains("Le conseil a voté **le budget** après [une longue séance](https://mairie.example/seance).")
			.contains("## Les chiffres")
			.contains("* Voirie : 2 millions")
			.contains("> Un budget de responsabilité.")
			.contains("\n\n<https://www.youtube.com/watch?v=abc123>\n\n")
			.contains("https://carte.example/embed/42")
			.contains("<figcaption>La mairie, dimanche matin.</figcaption>")
			.containsPattern("<img src=\"/media/\\d+/[0-9a-f]+/full-1280\\.jpg\" alt=\"La mairie, dimanche matin.\"")
			.doesNotContain("wp:")
			.doesNotContain("ancien.gazette.example/wp-content");
		// Kept visible and reported, never dropped.
		assertThat(body).contains("\n\n\\[gallery ids=\"1101,1102\" columns=\"2\"\\]\n\n");
		assertThat(blocks.leftovers()).extracting(MoveInReport.Note::why)
			.contains("shortcode [gallery ids=\"1101,1102\" columns=\"2\"]", "iframe https://carte.example/embed/42");
	}

	@Test
	void theClassicEditorsBlankLinesAreParagraphsAndItsCaptionShortcodeAPicture() {
		String body = (String) row("2001").get("body_markdown");
		assertThat(body)
			.startsWith("Le phare a été *rallumé* hier soir.\\\nLes pêcheurs étaient là.\n\nDeuxième paragraphe")
			.contains("[un lien](http://mer.example/)")
			.contains("alt=\"Le phare, rallumé.\"")
			.contains("<figcaption>Le phare, rallumé.</figcaption>")
			.contains("### Une histoire ancienne")
			.contains("1. 1890 : construction")
			.contains("> La mer monte.")
			.contains("<https://vimeo.com/123456>")
			.contains("\\[contact-form-7 id=\"12\" title=\"Écrivez-nous\"\\]")
			.contains("[Carte](https://cdn.ailleurs.example/carte.png)");
		assertThat(classic.leftovers()).extracting(MoveInReport.Note::why)
			.contains("img https://cdn.ailleurs.example/carte.png");
		// The resized copy in the body and the attachment are one picture of the library.
		assertThat(classic.counted(OriginKind.PICTURE, Outcome.CREATED)).isEqualTo(1);
	}

	@Test
	void thePrimaryCategoryIsTheSectionAndTheOtherCategoriesTags() {
		// Yoast's primary category, though "Monde" comes first.
		assertThat(row("1001").get("section_slug")).isEqualTo("politique-wpb");
		assertThat(tags("1001")).containsExactly("Monde WPB", "Élections WPB");
		// No Yoast: the first category.
		assertThat(row("1002").get("section_slug")).isEqualTo("monde-wpb");
		assertThat(row("2001").get("section_slug")).isEqualTo("culture-wpc");
		assertThat(tags("2001")).containsExactly("Phares WPC");
	}

	@Test
	void authorsAreStaffWhoCannotSignInUntilInvitedAndKeepTheirByline() {
		Person marie = people.find("marie.lefort@gazette.example").orElseThrow();
		assertThat(marie.role()).isEqualTo(Role.CONTRIBUTOR);
		assertThat(marie.enabled()).isFalse();
		assertThat(marie.displayName()).isEqualTo("Marie Lefort");
		assertThat(row("1001").get("author_id")).isEqualTo(marie.id());
		assertThat(row("1001").get("byline")).isEqualTo("Marie Lefort");
		// No address in the export: one that is never delivered, to replace before
		// inviting.
		Person paul = people.find("pdurand@auteurs.invalid").orElseThrow();
		assertThat(paul.enabled()).isFalse();
		assertThat(row("1002").get("byline")).isEqualTo("Paul Durand");
	}

	@Test
	void theFeaturedImageLeadsWithTheAttachmentsCaption() {
		Map<String, Object> published = row("1001");
		assertThat(published.get("picture_id")).isNotNull();
		assertThat(published.get("image_caption")).isEqualTo("La mairie, vue du port.");
		// The body's picture is the same file: one picture in the library.
		assertThat(blocks.counted(OriginKind.PICTURE, Outcome.CREATED)).isEqualTo(1);
	}

	@Test
	void aMissingUploadIsReportedAndTheArticleStillComes() {
		assertThat(row("1002").get("picture_id")).isNull();
		assertThat(blocks.notes()).anySatisfy(note -> {
			assertThat(note.what()).contains("1002");
			assertThat(note.why()).contains("2019/06/port-disparu.jpg");
		});
	}

	@Test
	void commentsKeepTheirThreadsDatesAuthorsAndStandings() {
		List<Map<String, Object>> comments = jdbc
			.sql("SELECT id, parent_id, author_name, body, status, created_at FROM comment WHERE article_id = :id"
					+ " ORDER BY created_at")
			.param("id", article("1001"))
			.query()
			.listOfRows();
		assertThat(comments).extracting(c -> c.get("author_name"))
			.containsExactly("Jeanne", "Luc", "Anne", "Pilules pas chères");
		assertThat(comments).extracting(c -> c.get("status"))
			.containsExactly("APPROVED", "APPROVED", "PENDING", "SPAM");
		assertThat(comments.get(1).get("parent_id")).isEqualTo(comments.get(0).get("id"));
		assertThat(comments.get(0).get("parent_id")).isNull();
		assertThat(comments.get(1).get("body")).isEqualTo("D’accord avec vous.\nEt la voirie ?");
		assertThat(instant(comments.get(0).get("created_at"))).isEqualTo(Instant.parse("2019-05-12T10:00:00Z"));
		assertThat(jdbc.sql("SELECT status FROM comment WHERE article_id = :id")
			.param("id", article("2001"))
			.query(String.class)
			.list()).containsExactlyInAnyOrder("APPROVED", "REJECTED");
		assertThat(blocks.skips()).anySatisfy(skip -> assertThat(skip.what()).contains("505"));
	}

	@Test
	void readCountsFromViewCountersAreTheStartingCounts() {
		assertThat(reads("1001")).isEqualTo(1234);
		assertThat(reads("2001")).isEqualTo(987);
	}

	long reads(String postId) {
		return jdbc.sql("SELECT reads FROM read_total WHERE article_id = :id")
			.param("id", article(postId))
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	@Test
	void everyOldAddressAnswers301ToTheNewOne() throws Exception {
		String budget = "/article/budget-vote-wpb";
		assertMoved("/2019/05/12/budget-vote-wpb/", budget);
		assertMoved("/2019/05/12/budget-vote-wpb", budget);
		assertMoved("/?p=1001", budget);
		assertMoved("/2019/05/12/budget-vote-wpb/mairie/", budget);
		assertMoved("/category/politique-wpb/", "/section/politique-wpb");
		assertMoved("/?cat=12", "/section/politique-wpb");
		assertMoved("/category/monde-wpb/", "/section/monde-wpb");
		assertMoved("/tag/elections-wpb/", "/tag/elections-wpb");
		assertMoved("/?tag=elections-wpb", "/tag/elections-wpb");
		// The site under /blog, its permalinks without dates, an accented slug.
		assertMoved("/blog/le-phare-et-la-mer-wpc/", "/article/le-phare-et-la-mer-wpc");
		assertMoved("/blog/?p=2001", "/article/le-phare-et-la-mer-wpc");
		assertMoved("/blog/%C3%A9t%C3%A9-des-%C3%A9cluses-wpc/", "/article/ete-des-ecluses-wpc");
		assertMoved("/blog/%c3%a9t%c3%a9-des-%c3%a9cluses-wpc/", "/article/ete-des-ecluses-wpc");
		assertMoved("/blog/le-phare-et-la-mer-wpc/phare/", "/article/le-phare-et-la-mer-wpc");
		assertMoved("/blog/category/culture-wpc/", "/section/culture-wpc");
		assertMoved("/blog/tag/phares-wpc/", "/tag/phares-wpc");
		// The new addresses themselves, and what never was an address, are untouched.
		assertThat(get(budget).statusCode()).isEqualTo(200);
		assertThat(get("/?p=999999").statusCode()).isEqualTo(200);
		// The attachment page of a draft would lead to a page that is not public.
		assertThat(get("/?attachment_id=1102").statusCode()).isEqualTo(200);
		assertThat(get("/2019/05/12/nothing-here/").statusCode()).isEqualTo(404);
	}

	void assertMoved(String old, String now) throws Exception {
		HttpResponse<String> answer = get(old);
		assertThat(answer.statusCode()).as(old).isEqualTo(301);
		assertThat(answer.headers().firstValue("Location")).as(old)
			.hasValueSatisfying(l -> assertThat(l).endsWith(now));
	}

	@Test
	void postsWithoutAGmtDateAreDatedInTheSitesTimeZone() throws Exception {
		run("archives-local-times.xml");
		// post_date_gmt 0000-00-00: post_date read in Europe/Paris, winter then summer.
		assertThat(instant(row("6001").get("published_at"))).isEqualTo(Instant.parse("2020-01-15T08:00:00Z"));
		assertThat(instant(row("6002").get("published_at"))).isEqualTo(Instant.parse("2020-07-15T07:00:00Z"));
		assertThat(instant(jdbc.sql("SELECT created_at FROM comment WHERE article_id = :id")
			.param("id", article("6001"))
			.query()
			.singleValue())).isEqualTo(Instant.parse("2020-01-15T11:00:00Z"));
	}

	@Test
	void archivesPermalinksAndAttachmentsOfASiteUnderAPathAnswer301AfterEveryRun() throws Exception {
		run("archives-local-times.xml");
		MoveInReport again = run("archives-local-times.xml");
		assertThat(again.changedNothing()).isTrue();
		assertThat(again.formerAddresses()).isZero();
		// Tags are in the origin map: the second run knows them.
		assertThat(again.counted(OriginKind.TAG, Outcome.UNCHANGED)).isEqualTo(2);
		assertThat(origins.find(WordPressMove.SYSTEM, OriginKind.TAG, "tag:fete-wpa-2")).isPresent();
		assertThat(count("SELECT COUNT(*) FROM tag WHERE slug LIKE 'fete-wpa%'")).isEqualTo(1);

		String proces = "/article/proces-wpa";
		for (String old : List.of("/journal/proces-wpa/", "/journal/proces-wpa", "/journal/?p=6001",
				"/journal/archives/6001", "/journal/proces-wpa/tribunal/", "/journal/proces-wpa/tribunal",
				"/journal/?attachment_id=6101")) {
			assertMoved(old, proces);
		}
		assertMoved("/journal/2020/07/15/terrasses-wpa/", "/article/terrasses-wpa");
		assertMoved("/journal/2020/07/15/terrasses-wpa", "/article/terrasses-wpa");
		for (String old : List.of("/journal/category/societe-wpa/justice-wpa/",
				"/journal/category/societe-wpa/justice-wpa", "/journal/category/justice-wpa/", "/journal/?cat=62")) {
			assertMoved(old, "/section/justice-wpa");
		}
		assertMoved("/journal/category/societe-wpa/", "/section/societe-wpa");
		assertMoved("/journal/?cat=61", "/section/societe-wpa");
		// A secondary category became a tag; a tag whose slug was not its name's.
		assertMoved("/journal/category/breves-wpa/", "/tag/breves-wpa");
		assertMoved("/journal/?cat=63", "/tag/breves-wpa");
		for (String old : List.of("/journal/tag/fete-wpa-2/", "/journal/tag/fete-wpa-2", "/journal/?tag=fete-wpa-2")) {
			assertMoved(old, "/tag/fete-wpa");
		}
		// Where they lead answers.
		for (String now : List.of(proces, "/article/terrasses-wpa", "/section/justice-wpa", "/section/societe-wpa",
				"/tag/breves-wpa", "/tag/fete-wpa")) {
			assertThat(get(now).statusCode()).as(now).isEqualTo(200);
		}
	}

	@Test
	void whatIsNotAnArticleIsSkippedAndReported() {
		assertThat(blocks.skips()).extracting(MoveInReport.Note::what)
			.anySatisfy(what -> assertThat(what).contains("1006"))
			.anySatisfy(what -> assertThat(what).contains("1007"));
		assertThat(blocks.counted(OriginKind.ARTICLE, Outcome.CREATED)).isEqualTo(5);
		assertThat(origins.find(WordPressMove.SYSTEM, OriginKind.ARTICLE, "1006")).isEmpty();
		assertThat(origins.find(WordPressMove.SYSTEM, OriginKind.ARTICLE, "1201")).isEmpty();
	}

	@Test
	void aSecondRunOfTheSameExportChangesNothing() throws Exception {
		long articles = count("SELECT COUNT(*) FROM article");
		long comments = count("SELECT COUNT(*) FROM comment");
		long pictures = count("SELECT COUNT(*) FROM picture");
		long accounts = count("SELECT COUNT(*) FROM reader");
		long addresses = count("SELECT COUNT(*) FROM former_address");
		Object changed = jdbc.sql("SELECT updated_at FROM article WHERE id = :id")
			.param("id", article("1001"))
			.query()
			.singleValue();
		MoveInReport again = run("blocks-dated.xml");
		assertThat(again.changedNothing()).isTrue();
		assertThat(again.counted(OriginKind.ARTICLE, Outcome.UNCHANGED)).isEqualTo(5);
		assertThat(again.counted(OriginKind.COMMENT, Outcome.UNCHANGED)).isEqualTo(4);
		assertThat(count("SELECT COUNT(*) FROM article")).isEqualTo(articles);
		assertThat(count("SELECT COUNT(*) FROM comment")).isEqualTo(comments);
		assertThat(count("SELECT COUNT(*) FROM picture")).isEqualTo(pictures);
		assertThat(count("SELECT COUNT(*) FROM reader")).isEqualTo(accounts);
		assertThat(count("SELECT COUNT(*) FROM former_address")).isEqualTo(addresses);
		assertThat(jdbc.sql("SELECT updated_at FROM article WHERE id = :id")
			.param("id", article("1001"))
			.query()
			.singleValue()).isEqualTo(changed);
		assertThat(reads("1001")).isEqualTo(1234);
	}

	long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	@Test
	void aNewerExportBringsOnlyWhatChanged() throws Exception {
		MoveInReport first = run("newer-v1.xml");
		assertThat(first.counted(OriginKind.ARTICLE, Outcome.CREATED)).isEqualTo(2);
		long marche = article("3002");
		Object marcheChanged = jdbc.sql("SELECT updated_at FROM article WHERE id = :id")
			.param("id", marche)
			.query()
			.singleValue();
		MoveInReport newer = run("newer-v2.xml");
		assertThat(newer.counted(OriginKind.ARTICLE, Outcome.CREATED)).isEqualTo(1);
		assertThat(newer.counted(OriginKind.ARTICLE, Outcome.UPDATED)).isEqualTo(1);
		assertThat(newer.counted(OriginKind.ARTICLE, Outcome.UNCHANGED)).isEqualTo(1);
		assertThat(newer.counted(OriginKind.COMMENT, Outcome.CREATED)).isEqualTo(2);
		assertThat(newer.counted(OriginKind.COMMENT, Outcome.UNCHANGED)).isEqualTo(1);
		Map<String, Object> crue = row("3001");
		assertThat(crue.get("headline")).isEqualTo("La crue de la rivière : l’alerte levée");
		assertThat(crue.get("body_markdown")).isEqualTo("L’eau descend.");
		// The address stays; the reads counted there since are added.
		assertThat(crue.get("slug")).isEqualTo("crue-wpn");
		assertThat(reads("3001")).isEqualTo(160);
		assertThat(jdbc.sql("SELECT updated_at FROM article WHERE id = :id").param("id", marche).query().singleValue())
			.isEqualTo(marcheChanged);
		assertThat(count("SELECT COUNT(*) FROM comment WHERE article_id = " + marche)).isEqualTo(1);
		List<Map<String, Object>> thread = jdbc
			.sql("SELECT id, parent_id FROM comment WHERE article_id = :id ORDER BY created_at")
			.param("id", article("3001"))
			.query()
			.listOfRows();
		assertThat(thread).hasSize(2);
		assertThat(thread.get(1).get("parent_id")).isEqualTo(thread.get(0).get("id"));
		assertThat(run("newer-v2.xml").changedNothing()).isTrue();
	}

	/** The rows of every table a move writes to. */
	Map<String, Long> rows() {
		Map<String, Long> rows = new java.util.TreeMap<>();
		for (String table : List.of("article", "article_revision", "comment", "reader", "picture", "section", "tag",
				"article_tag", "former_address", "movein_origin", "read_total")) {
			rows.put(table, count("SELECT COUNT(*) FROM " + table));
		}
		return rows;
	}

	@Test
	void aDryRunSaysWhatWouldHappenAndWritesNothing() throws Exception {
		long articles = count("SELECT COUNT(*) FROM article");
		long addresses = count("SELECT COUNT(*) FROM former_address");
		Map<String, Long> before = rows();
		MoveInReport dry = run("dry-run.xml", true);
		assertThat(rows()).isEqualTo(before);
		assertThat(dry.dryRun()).isTrue();
		assertThat(dry.counted(OriginKind.ARTICLE, Outcome.CREATED)).isEqualTo(1);
		assertThat(dry.counted(OriginKind.COMMENT, Outcome.CREATED)).isEqualTo(1);
		assertThat(dry.counted(OriginKind.ACCOUNT, Outcome.CREATED)).isEqualTo(1);
		assertThat(dry.formerAddresses()).isEqualTo(3);
		assertThat(count("SELECT COUNT(*) FROM article")).isEqualTo(articles);
		assertThat(count("SELECT COUNT(*) FROM former_address")).isEqualTo(addresses);
		assertThat(origins.find(WordPressMove.SYSTEM, OriginKind.ARTICLE, "4001")).isEmpty();
		assertThat(people.find("cdry-wpd@echo.example")).isEmpty();
		// And of a site already moved in: nothing would change.
		assertThat(run("blocks-dated.xml", true).changedNothing()).isTrue();
	}

	@Test
	void anExportThatNamesAnExternalEntityIsRefusedUnread() {
		assertThatThrownBy(() -> run("external-entity.xml")).isInstanceOf(IOException.class);
		assertThat(origins.find(WordPressMove.SYSTEM, OriginKind.ARTICLE, "5001")).isEmpty();
	}

}
