package org.kiosque.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kiosque.article.BodyRenderer;
import org.kiosque.site.Labels;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code generate-archive N} as a reader and the content API see its result: N more
 * published articles, each in a section with tags, reads and revisions, comments among
 * them, on the front page, their section's page, search and the API; a second run adds.
 * Run in the test's own application (the command's {@code run}), on H2 and PostgreSQL.
 */
@KiosqueTest
class GenerateArchiveTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext application;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BodyRenderer renderer;

	@Test
	void aSmallArchiveIsPublishedWithItsSectionsTagsReadsCommentsAndRevisionsAndASecondRunAdds() throws Exception {
		long before = published();
		long lastId = maxId();

		assertThat(generate(20, System.nanoTime())).isZero();

		assertThat(published()).isEqualTo(before + 20);
		List<Long> ids = jdbc.sql("SELECT id FROM article WHERE id > :last ORDER BY published_at DESC")
			.param("last", lastId)
			.query(Long.class)
			.list();
		assertThat(ids).hasSize(20);
		assertThat(count("SELECT COUNT(*) FROM article WHERE id > :last AND section_id IS NULL", lastId)).isZero();
		assertThat(count("SELECT COUNT(*) FROM article_tag WHERE article_id > :last", lastId)).isEqualTo(60);
		assertThat(count("SELECT COUNT(*) FROM read_total WHERE article_id > :last AND reads > 0", lastId))
			.isEqualTo(20);
		assertThat(count("SELECT COUNT(DISTINCT article_id) FROM article_revision WHERE article_id > :last", lastId))
			.isEqualTo(20);
		assertThat(count("SELECT COUNT(*) FROM article_revision WHERE article_id > :last", lastId)).isBetween(20L, 60L);
		assertThat(count("SELECT COUNT(*) FROM comment WHERE article_id > :last AND status = 'APPROVED'", lastId))
			.isPositive();
		// Bodies are rendered block by block, each distinct block once: what is stored is
		// still what the site's renderer makes of the whole body.
		jdbc.sql("SELECT body_markdown, body_html FROM article WHERE id > :last")
			.param("last", lastId)
			.query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
			.list()
			.forEach(body -> assertThat(body.get(1)).isEqualTo(renderer.html(body.get(0))));

		Newest newest = jdbc.sql("""
				SELECT a.id, a.slug, a.headline, s.slug FROM article a JOIN section s ON s.id = a.section_id
				WHERE a.id = :id""")
			.param("id", ids.getFirst())
			.query((rs, n) -> new Newest(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.single();
		String path = "/article/" + newest.slug();
		// Generated articles are dated over ten years: in the shared test database other
		// classes' articles, published now, may fill the front and section pages' first
		// pages, so the article is looked for where it must be whatever else is there.
		HttpResponse<String> article = get(path);
		assertThat(article.statusCode()).isEqualTo(200);
		assertThat(article.body()).contains("<h2");
		// Search takes the articles from the change log, within about a second.
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					get("/recherche?q=" + URLEncoder.encode("\"" + newest.headline() + "\"", StandardCharsets.UTF_8))
						.body())
				.contains(path));
		String one = get("/api/content/articles/" + newest.id()).body();
		assertThat(one).contains("\"tags\"").contains(newest.section());

		assertThat(generate(5, 19)).isZero();
		assertThat(generate(5, 19)).as("the same seed again adds, never collides").isZero();
		assertThat(published()).isEqualTo(before + 30);
		assertThat(get(path).statusCode()).isEqualTo(200);
	}

	@Test
	void theSameSeedWritesTheSameCopy() {
		ArchiveText one = new ArchiveText(7);
		ArchiveText two = new ArchiveText(7);
		assertThat(List.of(one.headline(), one.standfirst(), one.body("AFP"), one.byline()))
			.isEqualTo(List.of(two.headline(), two.standfirst(), two.body("AFP"), two.byline()));
		assertThat(ArchiveText.tagNames()).hasSizeGreaterThanOrEqualTo(300).doesNotHaveDuplicates();
		assertThat(new ArchiveText(7).body(null)).as("the paragraphs' stock is the seed's")
			.isNotEqualTo(new ArchiveText(8).body(null));
	}

	@Test
	void theLastLineSpacesItsSecondsOnce() {
		Labels labels = application.getBean(Labels.class);
		assertThat(labels.get("cli.archive.done", 1000, 1984, 1631, 3.3, 303, 6.2))
			.contains(" en 3,3 s (303 articles par seconde, 6,2 s de processeur")
			.doesNotContain("  ");
	}

	private record Newest(long id, String slug, String headline, String section) {
	}

	private int generate(int n, long seed) {
		GenerateArchiveCommand command = new GenerateArchiveCommand();
		command.count = n;
		command.seed = seed;
		command.batch = 7;
		return command.run(application);
	}

	private long published() {
		return jdbc.sql("SELECT COUNT(*) FROM article WHERE status = 'PUBLISHED'").query(Long.class).single();
	}

	private long maxId() {
		return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM article").query(Long.class).single();
	}

	private long count(String sql, long last) {
		return jdbc.sql(sql).param("last", last).query(Long.class).single();
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
