package org.kiosque.article;

/**
 * Where an article stands in the newsroom's workflow. Only {@link #PUBLISHED} (with its
 * time come) is ever shown to the public: pages, feeds, sitemaps, search, the content API
 * and newsletters all read through {@link ArticleCatalog}, whose one query says so.
 */
public enum ArticleStatus {

	/** Being written; seen only in the newsroom. */
	DRAFT,

	/** Submitted by its author for an editor to read, publish or send back. */
	IN_REVIEW,

	/** To be published at its publication time, by the schedule. */
	SCHEDULED,

	/** Public. */
	PUBLISHED,

	/**
	 * Taken down after publication: its address answers {@code 410 Gone}, its old
	 * addresses still lead there.
	 */
	UNPUBLISHED;

	/** Whether the public has seen the article at its address: its URL is out there. */
	public boolean hasBeenPublic() {
		return this == PUBLISHED || this == UNPUBLISHED;
	}

}
