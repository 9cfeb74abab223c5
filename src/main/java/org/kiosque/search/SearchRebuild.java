package org.kiosque.search;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks every node to rebuild its search index from the published articles: for an index
 * that answers wrongly for a reason nobody foresaw. Not needed after an import or the
 * archive generator (their articles reach every index through the change log). Each
 * running node rebuilds within about {@code kiosque.changes.poll-interval}; a stopped one
 * at its next start. Meanwhile searches read the index as it was.
 */
@Service
public class SearchRebuild {

	private final ApplicationEventPublisher events;

	SearchRebuild(ApplicationEventPublisher events) {
		this.events = events;
	}

	/** Writes the request to the change log ({@link SearchRebuildAsked}). */
	@Transactional
	public void ask() {
		events.publishEvent(new SearchRebuildAsked());
	}

}
