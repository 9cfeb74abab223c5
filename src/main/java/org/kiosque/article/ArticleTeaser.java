package org.kiosque.article;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An article in a list: home page, section, most read, newsletter edition. No body. */
public record ArticleTeaser(long id, String slug, String headline, @Nullable String standfirst,
		@Nullable SectionRef section, @Nullable Agency source, Instant publishedAt, boolean timeKnown,
		LeadImage image) {

	public String path() {
		return PublishedArticle.pathOf(slug);
	}
}
