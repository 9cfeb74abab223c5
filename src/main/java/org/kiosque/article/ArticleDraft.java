package org.kiosque.article;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the newsroom (or an importer) writes: everything about an article but its
 * identity.
 *
 * @param bodyMarkdown the body as Markdown; raw HTML in it is sanitised, never trusted
 * @param sectionSlug an existing section, or {@code null}
 * @param tags tag names; unknown tags are created
 * @param timeKnown false when only the day of publication is known (dispatch dates)
 * @param dispatchKey a stable fingerprint of the agency dispatch, so re-imports are
 * recognised
 */
public record ArticleDraft(String headline, @Nullable String standfirst, String bodyMarkdown,
		@Nullable String sectionSlug, List<String> tags, @Nullable String byline, @Nullable String source,
		LeadImage image, ArticleStatus status, @Nullable Instant publishedAt, boolean timeKnown,
		@Nullable String dispatchKey) {
}
