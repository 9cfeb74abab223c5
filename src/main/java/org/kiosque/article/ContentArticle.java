package org.kiosque.article;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.jspecify.annotations.Nullable;

/**
 * An article as the content API gives it. List answers leave {@code bodyHtml} out (the
 * field is absent, not null) to stay light; the single-article answer always has it.
 *
 * @param url the article page's absolute address
 * @param publishedAt ISO-8601 with the offset of the site's time zone
 * @param reads the same total the page prints
 * @param image {@code null} when the article has neither picture nor caption
 */
record ContentArticle(long id, String slug, String url, String headline, @Nullable String standfirst,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String bodyHtml, @Nullable Section section, List<Tag> tags,
		@Nullable String byline, @Nullable Source source, String publishedAt, long reads, @Nullable Image image) {

	record Section(String slug, String name) {
	}

	record Tag(String slug, String name) {
	}

	record Source(String code, String name) {
	}

	record Image(@Nullable String url, @Nullable String caption, @Nullable String credit) {
	}
}
