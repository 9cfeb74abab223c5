package org.kiosque.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kiosque.article.ArticleChanged;
import org.kiosque.article.ArticleLedger;
import org.kiosque.article.ArticleStatus;
import org.kiosque.article.DeskArticle;
import org.kiosque.desk.RevisionNumbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Turns article changes into webhook events. The article feature announces only that an
 * article changed ({@link ArticleChanged}, inside the transaction of the change); just
 * before that transaction commits ({@link TransactionPhase#BEFORE_COMMIT}), once every
 * write of it is done (the desk's revision included), each article changed is read and
 * its status compared with the one these hooks last saw ({@code webhook_article_states}):
 * public now and not before is {@link WebhookEvent#ARTICLE_PUBLISHED}, public before and
 * now is {@link WebhookEvent#ARTICLE_UPDATED}, public before and not now is
 * {@link WebhookEvent#ARTICLE_UNPUBLISHED}; the deliveries are written in that same
 * transaction. One event per article and transaction, whatever the number of
 * announcements. The statuses of the articles that existed when webhooks were installed
 * were recorded then (migration V1424): an article never seen is a new one.
 */
@Component
class ArticleWatch {

	private static final Object SETTLED = new Object();

	private final ArticleLedger ledger;

	private final RevisionNumbers revisions;

	private final WebhookOutbox outbox;

	private final Payloads payloads;

	private final JdbcClient jdbc;

	private final Clock clock;

	ArticleWatch(ArticleLedger ledger, RevisionNumbers revisions, WebhookOutbox outbox, Payloads payloads,
			JdbcClient jdbc, Clock clock) {
		this.ledger = ledger;
		this.revisions = revisions;
		this.outbox = outbox;
		this.payloads = payloads;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Just before the change's transaction commits (at once without one), when every
	 * write of it is done: the outbox is written in that transaction, which is why this
	 * listener does not wait for the commit as others do.
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ArticleChanged changed) {
		if (TransactionSynchronizationManager.isSynchronizationActive() && !settled().add(changed.articleId())) {
			return;
		}
		settle(changed.articleId());
	}

	/** The articles already settled in the current transaction. */
	@SuppressWarnings("unchecked")
	private static Set<Long> settled() {
		Set<Long> settled = (Set<Long>) TransactionSynchronizationManager.getResource(SETTLED);
		if (settled != null) {
			return settled;
		}
		Set<Long> fresh = new HashSet<>();
		TransactionSynchronizationManager.bindResource(SETTLED, fresh);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(SETTLED);
			}
		});
		return fresh;
	}

	/** Compares the article with what was last seen, records the event, remembers. */
	private void settle(long id) {
		Optional<DeskArticle> found = ledger.find(id);
		if (found.isEmpty()) {
			return;
		}
		DeskArticle article = found.get();
		Instant now = clock.instant();
		String before = seen(id);
		WebhookEvent event = event(before, article.status());
		remember(id, article.status(), before != null);
		if (event == null) {
			return;
		}
		String eventId = UUID.randomUUID().toString();
		outbox.record(event, eventId, now,
				() -> payloads.article(event, eventId, now, article, revisions.latest(article.id())));
	}

	/**
	 * The event of a change from {@code before} (the status last seen, {@code null} for
	 * an article never seen: created since webhooks were installed) to {@code now}.
	 */
	static @Nullable WebhookEvent event(@Nullable String before, ArticleStatus now) {
		boolean publicBefore = ArticleStatus.PUBLISHED.name().equals(before);
		if (now == ArticleStatus.PUBLISHED) {
			return publicBefore ? WebhookEvent.ARTICLE_UPDATED : WebhookEvent.ARTICLE_PUBLISHED;
		}
		return publicBefore ? WebhookEvent.ARTICLE_UNPUBLISHED : null;
	}

	private @Nullable String seen(long id) {
		return jdbc.sql("SELECT status FROM webhook_article_states WHERE article_id = ?")
			.param(id)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private void remember(long id, ArticleStatus status, boolean known) {
		if (known) {
			jdbc.sql("UPDATE webhook_article_states SET status = ? WHERE article_id = ?")
				.params(status.name(), id)
				.update();
		}
		else {
			jdbc.sql("INSERT INTO webhook_article_states (article_id, status) VALUES (?, ?)")
				.params(id, status.name())
				.update();
		}
	}

}
