package org.kiosque.search;

/**
 * Rebuilds this node's search index from the published articles now, as it is rebuilt at
 * start when it differs and every {@code kiosque.search.rebuild-interval}: for a command
 * that wrote many articles without one event each (the archive generator), so that the
 * index is current when it ends. Takes the index's write lock for the whole rebuild;
 * searches meanwhile read the index as it was.
 * <p>
 * Only where the index is ({@link Search}: the server, not a one-shot command, which
 * leaves the index to the server's start); ask for it with
 * {@code getBeanProvider(Reindex.class).ifAvailable}.
 */
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
