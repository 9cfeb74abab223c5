package org.kiosque.web;

import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Drops the node's page copies ({@link RenderedPages}) once a change that shows on public
 * pages ({@link PageChange}) is committed; a page being made meanwhile, which may have
 * read the old rows, is not kept either.
 * <p>
 * Apart from {@link RenderedPages}, because Spring Modulith wraps every bean with an
 * after-commit listener in a proxy, and the filter that serves the copies must stay a
 * plain call.
 */
class StaleCopies {

	private final RenderedPages pages;

	StaleCopies(RenderedPages pages) {
		this.pages = pages;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(PageChange change) {
		pages.forget();
	}

}
