package org.kiosque.search;

import org.springframework.stereotype.Service;

/**
 * Rebuilds this node's search index from the published articles now, as it is rebuilt at
 * start when it differs and every {@code kiosque.search.rebuild-interval}: for a command
 * that wrote many articles without one event each (the archive generator), so that the
 * index is current when it ends. Takes the index's write lock for the whole rebuild;
 * searches meanwhile read the index as it was.
 */
@Service
public class Reindex {

	private final Search.Indexer indexer;

	Reindex(Search.Indexer indexer) {
		this.indexer = indexer;
	}

	/** Rebuilds the index; returns after its commit. */
	public void now() {
		indexer.rebuild();
	}

}
