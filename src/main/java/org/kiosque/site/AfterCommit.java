package org.kiosque.site;

import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a cache drop once the current transaction commits (at once outside one; never
 * after a rollback). For what is lost anyway when the node stops, memory caches and page
 * copies: a {@code @TransactionalEventListener} does the same but Spring Modulith records
 * a durable publication for every one of those (a row written with the change, then
 * marked done, per listener and event), which only the work that must survive a crash
 * (search indexing) needs. Call it from a plain {@code @EventListener}, which runs inside
 * the publisher's transaction.
 * <p>
 * These drops run first among the after-commit work, before the durable listeners are
 * handed their events, so that a listener reading the changed article anew never reads a
 * copy kept from before the change.
 */
public final class AfterCommit {

	private AfterCommit() {
	}

	/** Runs {@code drop} after the current transaction commits, or now without one. */
	public static void run(Runnable drop) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			drop.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public int getOrder() {
				return Ordered.HIGHEST_PRECEDENCE;
			}

			@Override
			public void afterCommit() {
				drop.run();
			}
		});
	}

}
