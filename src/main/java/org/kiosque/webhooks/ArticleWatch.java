package org.kiosque.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kiosque.article.ArticleChanged;
import org.kiosque.article.ArticleLedger;
import org.kiosque.article.ArticleStatus;
import org.kiosque.article.DeskArticle;
import org.kiosque.desk.RevisionNumbers;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Turns article changes into webhook events. The article feature announces only that an
 * article changed ({@link ArticleChanged}, inside the transaction of the change); just
 * before that transaction commits, once every write of it is done (the desk's revision
 * included), each article changed is read and its status compared with the one these
 * hooks last saw ({@code webhook_article_states}): public now and not before is
 * {@link WebhookEvent#ARTICLE_PUBLISHED}, public before and now is
 * {@link WebhookEvent#ARTICLE_UPDATED}, public before and not now is
 * {@link WebhookEvent#ARTICLE_UNPUBLISHED}; the deliveries are written in that same
 * transaction. One event per article and transaction, whatever the number of
 * announcements. The statuses of the articles that existed when webhooks were installed
 * were recorded then (migration V1424): an article never seen is a new one.
 */
@Component
class ArticleWatch {

	private static final Object CHANGED = new Object();

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

	/** Within the change's transaction. */
	@EventListener
	void on(ArticleChanged changed) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			settle(changed.articleId());
			return;
		}
		pending().add(changed.articleId());
	}

	@SuppressWarnings("unchecked")
	private Set<Long> pending() {
		Set<Long> pending = (Set<Long>) TransactionSynchronizationManager.getResource(CHANGED);
		if (pending != null) {
			return pending;
		}
		Set<Long> fresh = new LinkedHashSet<>();
		TransactionSynchronizationManager.bindResource(CHANGED, fresh);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void beforeCommit(boolean readOnly) {
				TransactionSynchronizationManager.unbindResourceIfPossible(CHANGED);
				for (long id : fresh) {
					settle(id);
				}
			}

			@Override
			public void suspend() {
				TransactionSynchronizationManager.unbindResourceIfPossible(CHANGED);
			}

			@Override
			public void resume() {
				TransactionSynchronizationManager.bindResource(CHANGED, fresh);
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(CHANGED);
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
