package org.kiosque.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.kiosque.article.ArticleStatus;
import org.kiosque.article.Newsdesk;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code Les plus lus}: the most read published articles, most read first. */
@KiosqueTest
class MostReadTests {

	@LocalServerPort
	int port;

	@Autowired
	Newsdesk newsdesk;

	@Autowired
	MostRead mostRead;

	@Autowired
	ReadLedger ledger;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theMostReadComeFirstAndUnpublishedArticlesStayOut() throws Exception {
		long run = System.nanoTime();
		var gold = Readers.publish(newsdesk, "Or, l’article le plus lu " + run, 0);
		var silver = Readers.publish(newsdesk, "Argent, le deuxième " + run, 0);
		var bronze = Readers.publish(newsdesk, "Bronze, le troisième " + run, 0);
		var withdrawn = Readers.publish(newsdesk, "Retiré, pourtant très lu " + run, 0);
		readers(withdrawn.path(), 240);
		readers(gold.path(), 180);
		readers(silver.path(), 120);
		readers(bronze.path(), 60);
		newsdesk.update(withdrawn.id(), Readers.draft("Retiré, pourtant très lu " + run, ArticleStatus.DRAFT));
		ledger.flush();

		// The ranking counts reads, published or not; it is computed again within a
		// second here.
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			List<RankedArticle> ranking = mostRead.ranking(Duration.ofHours(24), 1000);
			assertThat(ranking).containsSubsequence(new RankedArticle(withdrawn.id(), 240),
					new RankedArticle(gold.id(), 180), new RankedArticle(silver.id(), 120),
					new RankedArticle(bronze.id(), 60));
		});

		// The box shows published ones only, most read first, five at most, on the home
		// page and articles.
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			Document home = Jsoup.parse(Readers.send(port, "GET", "/", Readers.BROWSER, java.util.Map.of()).body());
			Element box = home.selectFirst("aside section.most-read");
			assertThat(box).isNotNull();
			assertThat(box.selectFirst("h2").text()).isEqualTo("Les plus lus");
			List<String> day = box.select("ol.most-read-day li a").eachText();
			assertThat(day).hasSizeLessThanOrEqualTo(5)
				.doesNotContain(withdrawn.slug())
				.noneMatch(h -> h.startsWith("Retiré"))
				.containsSubsequence("Or, l’article le plus lu " + run, "Argent, le deuxième " + run,
						"Bronze, le troisième " + run);
			assertThat(box.select("ol.most-read-day li").eachText())
				.anyMatch(line -> line.startsWith("Or, l’article le plus lu " + run) && line.endsWith("180 lectures"));
		});
		Document article = Jsoup
			.parse(Readers.send(port, "GET", gold.path(), Readers.ROBOTS.get(0), java.util.Map.of()).body());
		assertThat(article.select("aside section.most-read ol.most-read-day li a").eachText())
			.contains("Or, l’article le plus lu " + run);
		assertThat(article.select("aside section.most-read ol.most-read-week")).isEmpty();
	}

	@Test
	void theHomePageAlsoListsTheWeeksMostRead() {
		long run = System.nanoTime();
		var lastWeek = Readers.publish(newsdesk, "Le succès de la semaine " + run, 0);
		// Three days ago, this article was read a great deal (reads of that hour, as a
		// flush would have written them).
		Instant threeDaysAgo = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
		jdbc.sql("INSERT INTO read_hour (article_id, hour_start, reads) VALUES (:id, :hour, 1000000)")
			.param("id", lastWeek.id())
			.param("hour", OffsetDateTime.ofInstant(threeDaysAgo, ZoneOffset.UTC))
			.update();

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			Document home = Jsoup.parse(Readers.send(port, "GET", "/", Readers.BROWSER, java.util.Map.of()).body());
			assertThat(home.select("aside ol.most-read-week li a").eachText()).first()
				.isEqualTo("Le succès de la semaine " + run);
			assertThat(home.select("aside ol.most-read-week li")
				.first()
				.text()
				.replace('\u202f', ' ')
				.replace('\u00a0', ' ')).endsWith("1 000 000 lectures");
			assertThat(home.select("aside ol.most-read-day li a").eachText())
				.doesNotContain("Le succès de la semaine " + run);
		});
		assertThat(mostRead.ranking(Duration.ofHours(24), 1000)).noneMatch(r -> r.articleId() == lastWeek.id());
	}

	/** {@code n} different readers open the page, 16 at a time. */
	void readers(String path, int n) throws Exception {
		ExecutorService pool = Readers.threads(16);
		List<Future<Integer>> answers = new java.util.ArrayList<>();
		for (int i = 0; i < n; i++) {
			answers.add(pool.submit(() -> Readers.read(port, path).statusCode()));
		}
		for (Future<Integer> a : answers) {
			assertThat(a.get(2, TimeUnit.MINUTES)).isEqualTo(200);
		}
		pool.shutdown();
	}

}
