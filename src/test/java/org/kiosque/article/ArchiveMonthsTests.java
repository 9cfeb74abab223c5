package org.kiosque.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The archive's summary by month ({@link ArchiveMonths}), which the sitemap index reads,
 * says exactly what the articles say after every kind of write: publication, a revision,
 * a move to another month, a withdrawal, an embargo, a schedule that comes due, a bulk
 * write; and the migration's fill is the same. Each test writes in years no other test
 * publishes in, and checks its months against the articles grouped the slow way.
 */
@KiosqueTest
class ArchiveMonthsTests {

	@Autowired
	Newsdesk newsdesk;

	@Autowired
	ArticleArchive archive;

	@Autowired
	ScheduleRepository schedule;

	@Autowired
	ArticleBulk bulk;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void theIndexFollowsPublicationRevisionMoveAndWithdrawal() {
		long march = publish("1996-03-10T08:00:00Z");
		long later = publish("1996-03-20T23:59:59Z");
		assertThat(listed(1996, "1997-01-01T00:00:00Z")).containsOnlyKeys(YearMonth.of(1996, 3));
		assertThat(listed(1996, "1997-01-01T00:00:00Z").get(YearMonth.of(1996, 3)))
			.isEqualTo(new ArchiveMonth(YearMonth.of(1996, 3), 2, Instant.parse("1996-03-20T23:59:59Z")));

		// A revision is the month's latest change, though it happened decades later.
		assertThat(newsdesk.markRevised(march)).isTrue();
		Instant revised = modifiedAt(march);
		assertThat(listed(1996, "2200-01-01T00:00:00Z").get(YearMonth.of(1996, 3)).lastModified()).isEqualTo(revised);

		// Moved to May: March keeps one article, May gets one.
		newsdesk.update(later, draft("Déplacé " + System.nanoTime(), ArticleStatus.PUBLISHED, "1996-05-02T10:00:00Z"));
		assertThat(listed(1996, "1997-01-01T00:00:00Z")).containsOnlyKeys(YearMonth.of(1996, 3), YearMonth.of(1996, 5));
		assertThat(listed(1996, "1997-01-01T00:00:00Z").get(YearMonth.of(1996, 3)).articles()).isEqualTo(1);

		// Withdrawn: March holds nothing public any more and is not listed.
		newsdesk.update(march, draft("Retiré " + System.nanoTime(), ArticleStatus.UNPUBLISHED, "1996-03-10T08:00:00Z"));
		assertThat(listed(1996, "1997-01-01T00:00:00Z")).containsOnlyKeys(YearMonth.of(1996, 5));
		assertThat(summary(1996)).isEqualTo(grouped(1996));
	}

	@Test
	void anEmbargoTakesAnArticleOutOfItsMonthUntilItIsPublishedAgain() {
		long id = publish("1995-07-04T12:00:00Z");
		assertThat(listed(1995, "1996-01-01T00:00:00Z")).containsKey(YearMonth.of(1995, 7));
		// An embargo still to come, for an article already public: scheduled at it.
		newsdesk.embargo(id, Instant.now().plusSeconds(3_600));
		assertThat(listed(1995, "1996-01-01T00:00:00Z")).doesNotContainKey(YearMonth.of(1995, 7));
		assertThat(summary(1995)).isEqualTo(grouped(1995));
	}

	@Test
	void aScheduledArticleIsListedOnceItsTimeHasComeAndNotBefore() {
		var written = newsdesk
			.create(draft("Programmé " + System.nanoTime(), ArticleStatus.SCHEDULED, "2097-06-10T06:00:00Z"), 0);
		assertThat(listed(2097, "2097-07-01T00:00:00Z")).isEmpty();

		boolean claimed = new TransactionTemplate(transactions)
			.execute(status -> schedule.claim(written.id(), Instant.parse("2097-06-10T06:00:01Z")));
		assertThat(claimed).isTrue();
		assertThat(listed(2097, "2097-06-10T05:59:59Z")).isEmpty();
		// The month in progress, counted from its articles; then the month over, from the
		// summary.
		assertThat(listed(2097, "2097-06-10T06:00:00Z")).containsOnlyKeys(YearMonth.of(2097, 6));
		assertThat(listed(2097, "2097-07-01T00:00:00Z").get(YearMonth.of(2097, 6)))
			.isEqualTo(new ArchiveMonth(YearMonth.of(2097, 6), 1, Instant.parse("2097-06-10T06:00:00Z")));
	}

	@Test
	void anArticlePublishedWithATimeToComeIsListedWhenItComesWithNoWriteInBetween() {
		publish("2096-02-10T09:00:00Z");
		assertThat(listed(2096, "2096-02-10T08:59:59Z")).isEmpty();
		assertThat(listed(2096, "2096-02-10T09:00:00Z")).containsOnlyKeys(YearMonth.of(2096, 2));
		assertThat(listed(2096, "2096-03-01T00:00:00Z")).containsOnlyKeys(YearMonth.of(2096, 2));
		// A month whose only article is still to come is never listed, from the summary
		// or
		// not.
		assertThat(listed(2096, "2096-01-31T23:59:59Z")).isEmpty();
	}

	@Test
	void aBulkWriteIsCountedInItsMonthsInOneGo() {
		String section = newsdesk.ensureSection("Archives 1994", 90);
		List<ArticleBulk.Item> items = List.of("1994-01-01T00:00:00Z", "1994-01-31T23:59:59Z", "1994-02-15T12:00:00Z")
			.stream()
			.map(at -> new ArticleBulk.Item("En masse " + at + " " + System.nanoTime(), "Chapeau.", List.of("Texte."),
					section, List.of(), "Rédaction", null, Instant.parse(at)))
			.toList();
		bulk.publish(bulk.prepare(items));
		publish("1994-01-15T00:00:00Z");

		Map<YearMonth, ArchiveMonth> listed = listed(1994, "1995-01-01T00:00:00Z");
		assertThat(listed).containsOnlyKeys(YearMonth.of(1994, 1), YearMonth.of(1994, 2));
		assertThat(listed.get(YearMonth.of(1994, 1)))
			.isEqualTo(new ArchiveMonth(YearMonth.of(1994, 1), 3, Instant.parse("1994-01-31T23:59:59Z")));
		assertThat(summary(1994)).isEqualTo(grouped(1994));
	}

	@Test
	void theMigrationsFillFromTheArticlesIsWhatTheWritesKept() throws Exception {
		publish("1993-11-05T10:00:00Z");
		long revised = publish("1993-11-06T10:00:00Z");
		newsdesk.markRevised(revised);
		publish("1993-12-31T23:59:59.999Z");
		Map<YearMonth, List<Object>> kept = summary(1993);
		assertThat(kept).hasSize(2).isEqualTo(grouped(1993));

		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			jdbc.sql("DELETE FROM archive_month").update();
			jdbc.sql(ArchiveMonths.FILL).update();
		});

		assertThat(summary(1993)).isEqualTo(kept);
		String migration = new ClassPathResource("db/migration/common/V1810__create_archive_months.sql")
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(oneLine(migration)).contains(oneLine(ArchiveMonths.FILL).strip() + ";");
	}

	private long publish(String at) {
		return newsdesk.create(draft("Archive " + at + " " + System.nanoTime(), ArticleStatus.PUBLISHED, at), 0).id();
	}

	private static ArticleDraft draft(String headline, ArticleStatus status, String at) {
		return new ArticleDraft(headline, null, "Texte.", null, List.of(), null, null, new LeadImage(null, null, null),
				status, Instant.parse(at), true, null);
	}

	/** The months of {@code year} the sitemap index lists at {@code now}. */
	private Map<YearMonth, ArchiveMonth> listed(int year, String now) {
		return archive.months(Instant.parse(now))
			.stream()
			.filter(m -> m.month().getYear() == year)
			.collect(Collectors.toMap(ArchiveMonth::month, m -> m, (a, b) -> a, TreeMap::new));
	}

	/** The summary's rows of {@code year} that count any article. */
	private Map<YearMonth, List<Object>> summary(int year) {
		Map<YearMonth, List<Object>> rows = new TreeMap<>();
		jdbc.sql("SELECT month_start, articles, last_modified FROM archive_month WHERE articles > 0").query(rs -> {
			YearMonth month = YearMonth.from(rs.getObject(1, java.time.LocalDate.class));
			if (month.getYear() == year) {
				rows.put(month, List.of(rs.getInt(2), rs.getObject(3, OffsetDateTime.class).toInstant()));
			}
		});
		return rows;
	}

	/** The published articles of {@code year} grouped by month the slow way, in Java. */
	private Map<YearMonth, List<Object>> grouped(int year) {
		Map<YearMonth, List<Object>> rows = new TreeMap<>();
		jdbc.sql("SELECT published_at, modified_at FROM article WHERE status = 'PUBLISHED'").query(rs -> {
			Instant published = rs.getObject(1, OffsetDateTime.class).toInstant();
			Instant modified = Optional.ofNullable(rs.getObject(2, OffsetDateTime.class))
				.map(OffsetDateTime::toInstant)
				.orElse(published);
			YearMonth month = YearMonth.from(published.atOffset(java.time.ZoneOffset.UTC));
			if (month.getYear() == year) {
				Instant last = modified.isAfter(published) ? modified : published;
				rows.merge(month, List.of(1, last), (a, b) -> List.of((Integer) a.get(0) + 1,
						((Instant) a.get(1)).isAfter((Instant) b.get(1)) ? a.get(1) : b.get(1)));
			}
		});
		return rows;
	}

	private Instant modifiedAt(long id) {
		return jdbc.sql("SELECT modified_at FROM article WHERE id = :id")
			.param("id", id)
			.query(OffsetDateTime.class)
			.single()
			.toInstant();
	}

	private static String oneLine(String sql) {
		return sql.replaceAll("\\s+", " ");
	}

}
