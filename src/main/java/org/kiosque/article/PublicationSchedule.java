package org.kiosque.article;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scheduled articles: publishes them when their time comes, lists them for the newsroom,
 * moves or cancels a schedule. A scheduled article is an {@code article} row with status
 * {@code SCHEDULED} and {@code published_at} = its time; its publication date stays that
 * time.
 * <p>
 * Exactly once on any number of nodes: each article is published by a conditional
 * {@code UPDATE} of its own row ({@link ScheduleRepository#claim}), in a transaction of
 * its own that also publishes its events ({@link ArticleChanged}: page copies, caches,
 * search, sitemaps; {@link ScheduledArticlePublished}). Only the transaction that wins
 * the row tells anyone, and its events are recorded with it in the event publication
 * registry, so a crash after the commit loses no listener's work. See
 * {@code docs/scheduling.md}.
 */
@Service
public class PublicationSchedule {

	/** How many due articles one query fetches; a run goes on while it finds more. */
	static final int BATCH = 100;

	private static final Logger log = LoggerFactory.getLogger(PublicationSchedule.class);

	private final ScheduleRepository schedule;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PublicationSchedule(ScheduleRepository schedule, PlatformTransactionManager transactions,
			ApplicationEventPublisher events, Clock clock) {
		this.schedule = schedule;
		this.transaction = new TransactionTemplate(transactions);
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Publishes every scheduled article whose time has come (by this node's clock), each
	 * in its own transaction. Safe to run on several nodes at once, and again at any
	 * time: an article is published by one run only.
	 * @return how many articles this call published (those another node took are not
	 * counted)
	 */
	public int publishDue() {
		int published = 0;
		while (true) {
			List<Long> due = schedule.due(clock.instant(), BATCH);
			int before = published;
			for (long id : due) {
				if (publish(id).isPresent()) {
					published++;
				}
			}
			// A full batch may hide more. When this node published none of it (another
			// node took them all, or they failed), the rest is left to the node making
			// progress, or to the next check: no loop over rows that cannot move.
			if (due.size() < BATCH || published == before) {
				return published;
			}
		}
	}

	/**
	 * The next scheduled articles, soonest first, those whose time has just come (about
	 * to be published) included.
	 * @param limit at most this many
	 */
	public List<ScheduledArticle> upcoming(int limit) {
		return schedule.upcoming(limit);
	}

	/** How many articles are scheduled, in all. */
	public long countScheduled() {
		return schedule.countScheduled();
	}

	/**
	 * Moves a scheduled article to another time.
	 * @param id the article
	 * @param time the new time; must be in the future, and not before the article's
	 * embargo
	 * @return {@link ScheduleChange#DONE}, or why not
	 */
	public ScheduleChange reschedule(long id, Instant time) {
		return transaction.execute(status -> {
			Instant now = clock.instant();
			Optional<ScheduleChange> refused = refusal(id);
			if (refused.isPresent()) {
				return refused.get();
			}
			if (!time.isAfter(now)) {
				return ScheduleChange.TIME_PASSED;
			}
			if (schedule.embargo(id).filter(time::isBefore).isPresent()) {
				return ScheduleChange.EMBARGOED;
			}
			return schedule.move(id, time, now) ? ScheduleChange.DONE : why(id);
		});
	}

	/**
	 * Cancels a schedule: the article goes back to draft, without a publication time.
	 * @param id the article
	 * @return {@link ScheduleChange#DONE}, or why not
	 */
	public ScheduleChange cancel(long id) {
		return transaction.execute(status -> {
			Optional<ScheduleChange> refused = refusal(id);
			if (refused.isPresent()) {
				return refused.get();
			}
			return schedule.cancel(id, clock.instant()) ? ScheduleChange.DONE : why(id);
		});
	}

	/**
	 * Publishes one article if it is still scheduled and due, and tells it, all in one
	 * transaction; empty when another node (or a change of schedule) got there first.
	 */
	private Optional<ScheduledArticlePublished> publish(long id) {
		try {
			return Optional.ofNullable(transaction.execute(status -> {
				Instant now = clock.instant();
				if (!schedule.claim(id, now)) {
					return null;
				}
				ScheduledArticlePublished published = new ScheduledArticlePublished(id, schedule.publicationTime(id),
						now);
				events.publishEvent(new ArticleChanged(id));
				events.publishEvent(published);
				return published;
			})).map(published -> {
				log.info("Scheduled article {} published, {} ms after its time", id,
						Duration.between(published.scheduledFor(), published.publishedAt()).toMillis());
				return published;
			});
		}
		catch (RuntimeException e) {
			// One article that cannot be published must not hold back the others; it is
			// still scheduled, and tried again at the next check.
			log.warn("Scheduled article {} could not be published; tried again at the next check", id, e);
			return Optional.empty();
		}
	}

	/**
	 * Why an article's schedule cannot change now
	 * ({@link ScheduleChange#NO_SUCH_ARTICLE}, {@link ScheduleChange#ALREADY_PUBLISHED},
	 * {@link ScheduleChange#NOT_SCHEDULED}); empty when it is scheduled.
	 */
	public Optional<ScheduleChange> refusal(long id) {
		Optional<String> status = schedule.status(id);
		if (status.isEmpty()) {
			return Optional.of(ScheduleChange.NO_SUCH_ARTICLE);
		}
		return switch (status.get()) {
			case "SCHEDULED" -> Optional.empty();
			case "PUBLISHED" -> Optional.of(ScheduleChange.ALREADY_PUBLISHED);
			default -> Optional.of(ScheduleChange.NOT_SCHEDULED);
		};
	}

	/** Why a conditional update touched nothing: the row changed in between. */
	private ScheduleChange why(long id) {
		return refusal(id)
			.orElse(schedule.embargo(id).isPresent() ? ScheduleChange.EMBARGOED : ScheduleChange.NOT_SCHEDULED);
	}

}
