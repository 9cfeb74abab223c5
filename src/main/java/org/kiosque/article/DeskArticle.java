package org.kiosque.article;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An article as the newsroom sees it, whatever its status: what its editor's form is made
 * from.
 *
 * @param bodyMarkdown the body as written, CommonMark
 * @param sectionSlug its section, or {@code null}
 * @param tags tag names, alphabetically
 * @param source the agency code, or {@code null}
 * @param publishedAt when it was (or, scheduled, will be) published; {@code null} for a
 * draft never published
 * @param authorId the account that created it; {@code null} for agency imports
 * @param changedAt when it was last changed, by anyone or anything
 * @param changedBy the account that changed it last; {@code null} for imports and
 * schedules
 * @param embargoUntil its embargo, the first instant it may be public (past or to come);
 * {@code null} for none. See {@link Newsdesk#embargo}
 * @param editorsNote the editor's note (an agency's edNote), for the newsroom only;
 * {@code null} for none
 */
public record DeskArticle(long id, String slug, String headline, @Nullable String standfirst, String bodyMarkdown,
		@Nullable String sectionSlug, List<String> tags, @Nullable String byline, @Nullable String source,
		@Nullable String description, ArticleStatus status, @Nullable Instant publishedAt, @Nullable Long authorId,
		Instant changedAt, @Nullable Long changedBy, @Nullable Instant embargoUntil, @Nullable String editorsNote) {

	public DeskArticle {
		tags = List.copyOf(tags);
	}

	/** Whether its embargo is still in force at {@code now}: it may not be public yet. */
	public boolean embargoedAt(Instant now) {
		return embargoUntil != null && embargoUntil.isAfter(now);
	}

	/** Its public address, {@code /article/slug}: live only while it is published. */
	public String path() {
		return PublishedArticle.pathOf(slug);
	}

}
