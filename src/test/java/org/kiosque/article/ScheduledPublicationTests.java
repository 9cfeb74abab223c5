package org.kiosque.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A scheduled article goes public at its time, never before, once: checked against the
 * running server's own schedule (its default check interval) and against schedules whose
 * clock the test sets, over the public pages.
 */
@KiosqueTest
class ScheduledPublicationTests {

	@LocalServerPort
	int port;

	@Autowired
	Newsdesk newsdesk;

	@Autowired
	PublicationSchedule schedule;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ArticleWrites writes;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	HeardPublications ears;

	@Test
	void anArticleGoesPublicAtItsTimeNotAMillisecondBeforeAndOnlyOnce() {
		Instant time = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
		Newsdesk.Written article = newsdesk.create(scheduled("À l’heure dite " + System.nanoTime(), time), 0);

		assertThat(scheduleAt(time.minusMillis(1), article.id()).publishDue()).isZero();
		assertThat(status(article.id())).isEqualTo("SCHEDULED");
		assertThat(new Browser(port).get(article.path()).status()).isEqualTo(404);

		assertThat(scheduleAt(time, article.id()).publishDue()).isEqualTo(1);
		assertThat(status(article.id())).isEqualTo("PUBLISHED");
		assertThat(publicationTime(article.id())).as("its date stays the scheduled time").contains(time);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> HeardPublications.publications(article.id(), ears.node()),
					heard -> heard.equals(List.of(new ScheduledArticlePublished(article.id(), time, time))));

		assertThat(scheduleAt(time.plusSeconds(1), article.id()).publishDue()).as("a second check").isZero();
		assertThat(scheduleAt(time.plusSeconds(1), article.id()).publishDue()).as("a third").isZero();
		assertThat(HeardPublications.publications(article.id(), ears.node())).hasSize(1);

		// Published by a node whose clock ran an hour ahead, it still waits for its time
		// on
		// the public side, which asks every reader's request for the time.
		assertThat(new Browser(port).get(article.path()).status()).isEqualTo(404);
		assertThat(new Browser(port).get("/api/content/articles/" + article.id()).status()).isEqualTo(404);
	}

	@Test
	void aMovedScheduleGoesOutAtItsNewTimeAndACancelledOneNever() {
		Instant time = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
		Instant later = time.plus(1, ChronoUnit.HOURS);
		long moved = newsdesk.create(scheduled("Repoussé " + System.nanoTime(), time), 0).id();
		long cancelled = newsdesk.create(scheduled("Annulé " + System.nanoTime(), time), 0).id();

		assertThat(schedule.reschedule(moved, later)).isEqualTo(ScheduleChange.DONE);
		assertThat(schedule.cancel(cancelled)).isEqualTo(ScheduleChange.DONE);
		assertThat(scheduleAt(time, moved, cancelled).publishDue()).isZero();
		assertThat(status(moved)).isEqualTo("SCHEDULED");
		assertThat(status(cancelled)).isEqualTo("DRAFT");
		assertThat(publicationTime(cancelled)).as("a draft has no publication time").isEmpty();

		assertThat(scheduleAt(later, moved, cancelled).publishDue()).isEqualTo(1);
		assertThat(status(moved)).isEqualTo("PUBLISHED");
		assertThat(publicationTime(moved)).contains(later);
		assertThat(status(cancelled)).isEqualTo("DRAFT");
		assertThat(schedule.cancel(moved)).isEqualTo(ScheduleChange.ALREADY_PUBLISHED);
		assertThat(schedule.reschedule(moved, later.plusSeconds(60))).isEqualTo(ScheduleChange.ALREADY_PUBLISHED);
		assertThat(schedule.reschedule(cancelled, later)).isEqualTo(ScheduleChange.NOT_SCHEDULED);
		assertThat(schedule.reschedule(Long.MAX_VALUE, later)).isEqualTo(ScheduleChange.NO_SUCH_ARTICLE);
	}

	/**
	 * The server's own schedule, at its default check interval: readers get a 404 until
	 * the time, then the article, well within the minute promised.
	 */
	@Test
	void theServerPublishesOnItsOwnWithinAMinuteAndNeverBefore() {
		Instant time = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.MILLIS);
		Newsdesk.Written article = newsdesk.create(scheduled("Tout seul " + System.nanoTime(), time), 0);
		List<Instant> earlyAnswers = new ArrayList<>();
		Instant[] firstSeen = new Instant[1];
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
			int status = new Browser(port).get(article.path()).status();
			Instant answered = Instant.now();
			if (status == 200 && answered.isBefore(time)) {
				earlyAnswers.add(answered);
			}
			if (status == 200) {
				firstSeen[0] = answered;
			}
			return status == 200;
		});
		assertThat(earlyAnswers).as("answers with the article before its time").isEmpty();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> HeardPublications.publications(article.id(), ears.node()).size() == 1);
		ScheduledArticlePublished published = HeardPublications.publications(article.id(), ears.node()).get(0);
		assertThat(published.scheduledFor()).isEqualTo(time);
		assertThat(published.publishedAt()).isAfterOrEqualTo(published.scheduledFor());
		System.out.printf("Scheduled publication: published %d ms after its time, seen by a reader %d ms after%n",
				Duration.between(time, published.publishedAt()).toMillis(),
				Duration.between(time, firstSeen[0]).toMillis());
	}

	/**
	 * The application's schedule, with a clock stopped at {@code now}, that sees only
	 * {@code articles} among the due ones, so that other tests' scheduled articles are
	 * left to their own time.
	 */
	private PublicationSchedule scheduleAt(Instant now, Long... articles) {
		Set<Long> mine = Set.of(articles);
		ScheduleRepository onlyMine = new ScheduleRepository(jdbc, writes) {
			@Override
			List<Long> due(Instant at, int limit) {
				return super.due(at, Integer.MAX_VALUE).stream().filter(mine::contains).limit(limit).toList();
			}
		};
		return new PublicationSchedule(onlyMine, transactions, events, Clock.fixed(now, ZoneOffset.UTC));
	}

	private String status(long id) {
		return jdbc.sql("SELECT status FROM article WHERE id = :id").param("id", id).query(String.class).single();
	}

	private Optional<Instant> publicationTime(long id) {
		return jdbc.sql("SELECT published_at FROM article WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant))
			.single();
	}

	static ArticleDraft scheduled(String headline, Instant time) {
		return new ArticleDraft(headline, "Le chapeau.", "Premier paragraphe.", null, List.of(), null, "AFP",
				new LeadImage(null, null, null), ArticleStatus.SCHEDULED, time, true, null);
	}

}
