package org.kiosque.reading;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.kiosque.article.ReadCounter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exact read counts: {@code Nombre de lectures : 66 fois}. Reads are gathered in memory
 * on the request thread and added to the database in one batch every second with atomic
 * increments, so the article page never writes to the database and several nodes add up
 * correctly. See {@link ReadLedger} for what a crash can lose and {@link CountingRules}
 * for what counts.
 */
@Service
class ReadCounts implements ReadCounter {

	private final ReadLedger ledger;

	private final ReadRepository store;

	private final CountingRules rules;

	private final ReadSettings settings;

	ReadCounts(ReadLedger ledger, ReadRepository store, CountingRules rules, ReadSettings settings) {
		this.ledger = ledger;
		this.store = store;
		this.rules = rules;
		this.settings = settings;
	}

	/**
	 * Opens an article's counter at {@code reads} (an imported page keeps its old count).
	 */
	@Override
	@Transactional
	public void startAt(long articleId, long reads) {
		store.setTotal(articleId, reads);
		ledger.stored(articleId, reads);
	}

	/**
	 * Counts the request for a published article's page as a read, if it is one by the
	 * counting rules; in beacon mode the page's beacon counts instead. Called on the
	 * request thread: it never touches the database.
	 */
	@Override
	public void count(long articleId, HttpServletRequest request, HttpServletResponse response) {
		if (settings.mode() == ReadSettings.CountingMode.PAGE && rules.counts(articleId, request, response)) {
			ledger.add(articleId);
		}
	}

	/** The beacon's request for a published article, counted under the same rules. */
	void countBeacon(long articleId, HttpServletRequest request, HttpServletResponse response) {
		if (rules.counts(articleId, request, response)) {
			ledger.add(articleId);
		}
	}

	/** Counts one read, no questions asked; never touches the database. */
	public void add(long articleId) {
		ledger.add(articleId);
	}

	/**
	 * The total as the page and the content API show it: what is stored plus what this
	 * node has not written yet. Reads of other nodes show within a flush interval. Only
	 * the first call for an article on a node (or after it went idle) reads the database.
	 */
	@Override
	public long total(long articleId) {
		return ledger.total(articleId);
	}

	/** True when pages carry a beacon that counts, rather than counting themselves. */
	public boolean beaconMode() {
		return settings.mode() == ReadSettings.CountingMode.BEACON;
	}

}
