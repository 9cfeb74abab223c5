package org.kiosque.article;

import java.util.List;

/**
 * A stretch of the archive in id order, as a walk over it by key reads it
 * ({@link ArticleCatalog#publishedAfter}).
 *
 * @param afterId the id the stretch follows (0 at the start of a walk)
 * @param lastId the last id of the stretch, published or not: the next stretch follows
 * it; {@code afterId} when no id follows (the end of the walk)
 * @param articles the published articles of the stretch, whole, in id order; fewer than
 * its ids, or none, where drafts, scheduled or withdrawn articles lie
 */
public record ArchiveStretch(long afterId, long lastId, List<PublishedArticle> articles) {

	public ArchiveStretch {
		articles = List.copyOf(articles);
	}

	/** Whether the walk is over: no id followed {@code afterId}. */
	public boolean end() {
		return lastId == afterId;
	}

}
