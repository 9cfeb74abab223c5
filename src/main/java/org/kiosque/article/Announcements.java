package org.kiosque.article;

import java.util.HashSet;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Announces {@link ArticleChanged} once per article and transaction. A desk save of a
 * published article is an edit and then a revision mark (or a correction), each of which
 * says the article changed; the listeners act after the commit and read the article anew,
 * so a second announcement would only do their work twice (a durable publication row
 * each, the search index written twice, every cache dropped twice).
 */
@Component
class Announcements {

	private static final Object ANNOUNCED = new Object();

	private final ApplicationEventPublisher events;

	Announcements(ApplicationEventPublisher events) {
		this.events = events;
	}

	/** Announces that the article changed, unless this transaction already did. */
	void changed(long articleId) {
		if (TransactionSynchronizationManager.isSynchronizationActive() && !announced().add(articleId)) {
			return;
		}
		events.publishEvent(new ArticleChanged(articleId));
	}

	@SuppressWarnings("unchecked")
	private static Set<Long> announced() {
		Set<Long> ids = (Set<Long>) TransactionSynchronizationManager.getResource(ANNOUNCED);
		if (ids == null) {
			Set<Long> fresh = new HashSet<>();
			TransactionSynchronizationManager.bindResource(ANNOUNCED, fresh);
			// Bound to this transaction only: set aside while an inner one runs on its
			// own.
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void suspend() {
					TransactionSynchronizationManager.unbindResourceIfPossible(ANNOUNCED);
				}

				@Override
				public void resume() {
					TransactionSynchronizationManager.bindResource(ANNOUNCED, fresh);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(ANNOUNCED);
				}
			});
			ids = fresh;
		}
		return ids;
	}

}
