package org.kiosque.article;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the newsroom's desk writes to an article: its text, where it stands and who does
 * it. Unlike an import's {@link ArticleDraft}, the address is the editor's to choose:
 * {@link Newsdesk#revise} keeps a public article's address whatever its new headline.
 *
 * @param bodyMarkdown the body, CommonMark; raw HTML in it is sanitised, never trusted
 * @param sectionSlug an existing section, or {@code null}
 * @param tags tag names; unknown tags are created
 * @param source the agency code ({@code AFP}), or {@code null}
 * @param slug the address the editor asked for ({@code null} or blank: the article's
 * current one, or one made from the headline while it has never been public)
 * @param description the description for search engines, or {@code null}
 * @param publishedAt the publication time: the time to come of a scheduled article;
 * {@code null} for a published one means now
 * @param by the account id of the person writing; {@code null} for agency copy filed by
 * the wires (no one's account)
 */
public record ArticleEdit(String headline, @Nullable String standfirst, String bodyMarkdown,
		@Nullable String sectionSlug, List<String> tags, @Nullable String byline, @Nullable String source,
		@Nullable String slug, @Nullable String description, ArticleStatus status, @Nullable Instant publishedAt,
		@Nullable Long by) {

	public ArticleEdit {
		tags = List.copyOf(tags);
	}

	/** An edit by the person whose account id is {@code by}. */
	public ArticleEdit(String headline, @Nullable String standfirst, String bodyMarkdown, @Nullable String sectionSlug,
			List<String> tags, @Nullable String byline, @Nullable String source, @Nullable String slug,
			@Nullable String description, ArticleStatus status, @Nullable Instant publishedAt, long by) {
		this(headline, standfirst, bodyMarkdown, sectionSlug, tags, byline, source, slug, description, status,
				publishedAt, Long.valueOf(by));
	}

}
