package org.kiosque.article;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An article as the public sees it. Every public surface (pages, feeds, sitemaps, search
 * results, the content API, newsletters) reads articles in this form, through
 * {@link ArticleCatalog}, so "what is visible" is decided in one place.
 *
 * @param description the description for search engines the newsroom wrote, or
 * {@code null} (then the standfirst or the start of the body stands in)
 */
public record PublishedArticle(long id, String slug, String headline, @Nullable String standfirst, String bodyHtml,
		@Nullable SectionRef section, List<TagRef> tags, @Nullable String byline, @Nullable Agency source,
		Instant publishedAt, boolean timeKnown, LeadImage image, @Nullable String description) {

	public String path() {
		return pathOf(slug);
	}

	public static String pathOf(String slug) {
		return "/article/" + slug;
	}
}
