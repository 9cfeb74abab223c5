package org.kiosque.article;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An article in a list: home page, section, most read, newsletter edition. No body.
 *
 * @param createdAt when the article was first written; never changes, unlike the
 * publication time an editor may set
 */
public record ArticleTeaser(long id, String slug, String headline, @Nullable String standfirst,
		@Nullable SectionRef section, @Nullable Agency source, Instant publishedAt, boolean timeKnown, LeadImage image,
		Instant createdAt) {

	public String path() {
		return PublishedArticle.pathOf(slug);
	}
}
