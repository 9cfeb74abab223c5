package org.kiosque.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.kiosque.account.Role;
import org.kiosque.article.Newsdesk;
import org.kiosque.support.Browser;
import org.kiosque.support.StaffSession;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The newsroom sees what is read: a table for a period, a chart per article, a CSV file.
 */
@KiosqueTest
class ReadingStatisticsTests {

	@LocalServerPort
	int port;

	@Autowired
	Newsdesk newsdesk;

	@Autowired
	ReadLedger ledger;

	@Autowired
	ApplicationContext context;

	String today() {
		return LocalDate.now(ZoneId.of("Europe/Paris")).toString();
	}

	@Test
	void readersCannotSeeTheStatistics() {
		var page = Readers.read(port, "/newsroom/statistics");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
		assertThat(Readers.read(port, "/newsroom/statistics.csv").statusCode()).isEqualTo(302);
	}

	@Test
	void staffSeeTheMostReadOfAPeriodAndEachArticlesChart() throws Exception {
		long run = System.nanoTime();
		var article = Readers.publish(newsdesk, "Statistiques : un article suivi " + run, 0);
		for (int i = 0; i < 7; i++) {
			assertThat(Readers.read(port, article.path()).statusCode()).isEqualTo(200);
		}
		ledger.flush();
		Browser staff = StaffSession.signedIn(context, port, Role.CONTRIBUTOR);

		var top = staff.get("/newsroom/statistics?from=" + today() + "&to=" + today());
		assertThat(top.status()).isEqualTo(200);
		Document table = top.html();
		var row = table.selectFirst("table.statistics-top tr[data-article=" + article.id() + "]");
		assertThat(row).isNotNull();
		assertThat(row.text()).contains("Statistiques : un article suivi " + run);
		assertThat(row.selectFirst("td.reads-count").text()).isEqualTo("7");
		assertThat(table.selectFirst("a.statistics-csv").attr("href"))
			.isEqualTo("/newsroom/statistics.csv?from=" + today() + "&to=" + today());

		// One day: a bar per hour, adding up to the reads.
		String chartPath = row.selectFirst("a[href^=/newsroom/statistics/articles/]").attr("href");
		var chart = staff.get(chartPath);
		assertThat(chart.status()).isEqualTo(200);
		Document svg = chart.html();
		var bars = svg.select("figure.statistics-chart svg rect.bar");
		assertThat(bars).hasSizeBetween(23, 25); // 23 or 25 on the days clocks change
		assertThat(bars.stream().mapToLong(b -> Long.parseLong(b.attr("data-reads"))).sum()).isEqualTo(7);
		assertThat(svg.select("svg title").first().text()).startsWith("Lectures par heure");
		assertThat(svg.selectFirst(".statistics-summary").text()).endsWith(": 7 lectures");

		// A week: a bar per day.
		var week = staff.get("/newsroom/statistics/articles/" + article.id());
		assertThat(week.html().select("svg rect.bar")).hasSize(7);

		// Nonsense periods are refused.
		assertThat(staff.get("/newsroom/statistics?from=2026-02-01&to=2026-01-01").status()).isEqualTo(400);
		// The newsroom menu leads here.
		assertThat(staff.get("/newsroom").html().select(".newsroom-menu a[href=/newsroom/statistics]").text())
			.isEqualTo("Statistiques");
	}

	@Test
	void theCsvExportKeepsEveryHeadlineIntact() {
		long run = System.nanoTime();
		var tricky = Readers.publish(newsdesk, "Budget, « le plus dur » selon \"Bercy\" " + run, 0);
		var formula = Readers.publish(newsdesk, "=1+1 n’est pas un titre " + run, 0);
		for (int i = 0; i < 3; i++) {
			Readers.read(port, tricky.path());
		}
		Readers.read(port, formula.path());
		ledger.flush();

		var csv = StaffSession.signedIn(context, port, Role.EDITOR)
			.get("/newsroom/statistics.csv?from=" + today() + "&to=" + today());
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).isEqualToIgnoringCase("text/csv;charset=UTF-8");
		assertThat(csv.header("Content-Disposition")).startsWith("attachment")
			.contains("filename=\"lectures-" + today() + "-" + today() + ".csv\"");
		List<String> lines = csv.body().lines().toList();
		assertThat(csv.body()).contains("\r\n");
		assertThat(lines.get(0)).isEqualTo("id,titre,adresse,lectures");
		assertThat(lines).anyMatch(
				l -> l.startsWith(tricky.id() + ",\"Budget, « le plus dur » selon \"\"Bercy\"\" " + run + "\",http")
						&& l.endsWith(tricky.path() + ",3"));
		assertThat(lines).anyMatch(l -> l.startsWith(formula.id() + ",'=1+1 n’est pas un titre " + run + ","));
		assertThat(csv.body().getBytes(StandardCharsets.UTF_8)).isNotEmpty();
	}

}
