package org.kiosque.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.jspecify.annotations.Nullable;

/**
 * An article as the publishing API gives it: the content API's field names, with the
 * section as its slug, tags as names and the source as its agency code, plus what the
 * desk edits. Lists leave {@code body} out (absent, not null).
 *
 * @param url the public page's absolute address (live only while published)
 * @param body the body, CommonMark Markdown
 * @param status {@code draft}, {@code review}, {@code scheduled}, {@code published} or
 * {@code unpublished}
 * @param publishAt when a scheduled article goes public (ISO-8601 with the site's
 * offset), else {@code null}
 * @param publishedAt when it was first published, {@code null} if never (or scheduled)
 * @param revision the current revision number, also the answer's {@code ETag}; 0 for an
 * imported article never touched at the desk
 * @param image the lead picture, {@code null} when none
 * @param embargo while the article is under embargo, the instant it lifts (ISO-8601 with
 * the site's offset): before it nobody may publish or schedule it; absent otherwise
 * @param editorsNote the agency's editor's note, for the newsroom only; absent when none
 */
record ApiArticle(long id, String slug, String url, String headline, @Nullable String standfirst,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String body, @Nullable String section, List<String> tags,
		@Nullable String byline, @Nullable String source, @Nullable String description, String status,
		@Nullable String publishAt, @Nullable String publishedAt, int revision, @Nullable Image image,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String embargo,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String editorsNote) {

	/**
	 * @param id the library picture's id, {@code null} for an agency address
	 * @param url the widest rendition's absolute address
	 * @param focalPoint in thousandths of the width and height (500, 500: the centre)
	 */
	record Image(@Nullable Long id, @Nullable String url, @Nullable String caption, @Nullable String credit,
			@Nullable FocalPoint focalPoint) {
	}

	record FocalPoint(int x, int y) {
	}

}
