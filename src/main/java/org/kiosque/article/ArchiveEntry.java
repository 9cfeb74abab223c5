package org.kiosque.article;

import java.time.Instant;

/**
 * A published article as an archive listing (a sitemap) needs it: no text at all.
 *
 * @param lastModified the later of its publication and its last visible modification (a
 * correction, an edit not marked minor)
 */
public record ArchiveEntry(long id, String slug, Instant publishedAt, Instant lastModified) {

	public String path() {
		return PublishedArticle.pathOf(slug);
	}
}
