package org.kiosque.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The embargo rule under every writer, below the desk: an import asked to publish is held
 * to the embargo (scheduled at its instant), a schedule is never moved before it, the
 * schedule's own check does not publish it a millisecond early and publishes it once at
 * its instant, and the table itself refuses a write that would break it.
 */
@KiosqueTest
class EmbargoRulesTests {

	@LocalServerPort
	int port;

	@Autowired
	Newsdesk newsdesk;

	@Autowired
	ArticleLedger ledger;

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
	void anImportAskedToPublishIsHeldToTheEmbargoAndGoesOutOnceAtItsInstant() {
		Instant until = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
		String headline = "Dépêche sous embargo " + System.nanoTime();
		long id = newsdesk.create(draft(headline, ArticleStatus.DRAFT), 0).id();
		newsdesk.embargo(id, until);

		// The agency's next version says "publish": scheduled at the embargo instead.
		Newsdesk.Written written = newsdesk.update(id, draft(headline, ArticleStatus.PUBLISHED));
		DeskArticle held = ledger.find(id).orElseThrow();
		assertThat(held.status()).isEqualTo(ArticleStatus.SCHEDULED);
		assertThat(held.publishedAt()).isEqualTo(until);
		assertThat(new Browser(port).get(written.path()).status()).isEqualTo(404);
		assertThat(new Browser(port).get("/api/content/articles/" + id).status()).isEqualTo(404);

		assertThat(schedule.reschedule(id, until.minusSeconds(60))).isEqualTo(ScheduleChange.EMBARGOED);
		assertThat(schedule.reschedule(id, until.plusSeconds(60))).isEqualTo(ScheduleChange.DONE);
		assertThat(schedule.reschedule(id, until)).isEqualTo(ScheduleChange.DONE);

		assertThat(scheduleAt(until.minusMillis(1), id).publishDue()).as("a millisecond early").isZero();
		assertThat(ledger.find(id).orElseThrow().status()).isEqualTo(ArticleStatus.SCHEDULED);
		assertThat(scheduleAt(until, id).publishDue()).isEqualTo(1);
		assertThat(scheduleAt(until.plusSeconds(1), id).publishDue()).as("a second check").isZero();
		assertThat(ledger.find(id).orElseThrow().status()).isEqualTo(ArticleStatus.PUBLISHED);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> HeardPublications.publications(id, ears.node()),
					heard -> heard.equals(List.of(new ScheduledArticlePublished(id, until, until))));
	}

	@Test
	void noWriteBelowTheNewsdeskCanMakeAnEmbargoedArticlePublic() {
		Instant until = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
		long id = newsdesk.create(draft("Sous scellés " + System.nanoTime(), ArticleStatus.DRAFT), 0).id();
		newsdesk.embargo(id, until);

		assertThatThrownBy(() -> jdbc.sql("UPDATE article SET status = 'PUBLISHED', published_at = :now WHERE id = :id")
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.param("id", id)
			.update()).isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(
				() -> jdbc.sql("UPDATE article SET status = 'SCHEDULED', published_at = :early WHERE id = :id")
					.param("early", OffsetDateTime.ofInstant(until.minusMillis(1), ZoneOffset.UTC))
					.param("id", id)
					.update())
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThat(ledger.find(id).orElseThrow().status()).isEqualTo(ArticleStatus.DRAFT);

		// A person's edit that would publish it is refused, nothing written.
		DeskArticle before = ledger.find(id).orElseThrow();
		ArticleEdit publish = new ArticleEdit(before.headline(), before.standfirst(), before.bodyMarkdown(),
				before.sectionSlug(), before.tags(), before.byline(), before.source(), before.slug(),
				before.description(), ArticleStatus.PUBLISHED, null, 0);
		assertThatThrownBy(() -> newsdesk.revise(id, publish)).isInstanceOf(EmbargoRefused.class)
			.extracting(e -> ((EmbargoRefused) e).until())
			.isEqualTo(until);
		assertThat(ledger.find(id).orElseThrow().status()).isEqualTo(ArticleStatus.DRAFT);

		// An editor's note: cleaned, blank is none.
		newsdesk.editorsNote(id, "  Ne pas publier avant 10 h.\u0007  ");
		assertThat(ledger.find(id).orElseThrow().editorsNote()).isEqualTo("Ne pas publier avant 10 h.");
		newsdesk.editorsNote(id, "   ");
		assertThat(ledger.find(id).orElseThrow().editorsNote()).isNull();

		// Past its embargo, the same edit publishes it, dated no earlier than the
		// embargo.
		Instant passed = Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
		newsdesk.embargo(id, passed);
		newsdesk.revise(id, publish);
		DeskArticle published = ledger.find(id).orElseThrow();
		assertThat(published.status()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(published.publishedAt()).isAfterOrEqualTo(passed);
		assertThat(new Browser(port).get(published.path()).status()).isEqualTo(200);
	}

	/**
	 * The application's schedule with a clock stopped at {@code now}, that sees only
	 * {@code articles} among the due ones (as {@code ScheduledPublicationTests} does).
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

	private static ArticleDraft draft(String headline, ArticleStatus status) {
		return new ArticleDraft(headline, "Le chapeau.", "Premier paragraphe.", null, List.of(), null, "AFP",
				new LeadImage(null, null, null), status, null, true, null);
	}

}
