package org.kiosque.desk;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.kiosque.article.ArticleChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Test-only ears in the shared context: each {@link ArticleChanged} told after commit, by
 * article. Top-level: Spring Boot's test scan leaves out classes nested in test classes.
 */
@Component
class HeardChanges {

	private static final Queue<Long> HEARD = new ConcurrentLinkedQueue<>();

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(ArticleChanged changed) {
		HEARD.add(changed.articleId());
	}

	/** Forgets what was heard about the article. */
	static void forget(long id) {
		HEARD.removeIf(heard -> heard == id);
	}

	/** How many changes of the article were told since {@link #forget}. */
	static long count(long id) {
		return HEARD.stream().filter(heard -> heard == id).count();
	}

}
