package org.kiosque.article;

import java.time.Instant;

/**
 * One line of the public list of corrections: the correction and the article it corrects,
 * as that article reads now.
 */
public record CorrectionNotice(Correction correction, String headline, String slug) {

	public String path() {
		return PublishedArticle.pathOf(slug);
	}

	public Instant madeAt() {
		return correction.madeAt();
	}
}
