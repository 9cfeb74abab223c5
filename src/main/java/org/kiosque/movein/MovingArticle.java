package org.kiosque.movein;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kiosque.article.ArticleStatus;

/**
 * An article as the old site's export holds it, already converted: what
 * {@link MovingIn.Run#article} writes.
 *
 * @param originId its id on the old site ({@code 123} for WordPress's post 123)
 * @param headline its title (required)
 * @param slug the old site's slug, kept as the article's address when free; blank: one
 * from the headline
 * @param standfirst the excerpt, or {@code null}
 * @param bodyMarkdown the body as Kiosque's Markdown (see
 * {@link org.kiosque.ingest.HtmlCopy})
 * @param status where it stands: {@code PUBLISHED}, {@code DRAFT}, {@code IN_REVIEW},
 * {@code SCHEDULED} (with a publication time to come) or {@code UNPUBLISHED} (private)
 * @param publishedAt the publication instant (UTC), {@code null} for a draft never
 * published
 * @param sectionSlug a section {@link MovingIn.Run#section} gave, or {@code null}
 * @param tags tag names (created when new)
 * @param authorId a staff account {@link MovingIn.Run#staff} gave, or {@code null}
 * @param byline the name printed as its byline, or {@code null}
 * @param leadPictureId a picture {@link MovingIn.Run#picture} gave, or {@code null}
 * @param leadCaption the lead picture's caption, or {@code null}
 * @param reads its read count on the old site (0 when unknown)
 * @param formerAddresses its addresses on the old site, each to answer 301 to its new one
 * ({@code /?p=123}, {@code /2019/05/12/slug/}); any form
 * {@link org.kiosque.web.FormerAddresses#remember} takes
 * @param comments its comments, parents before their answers
 */
public record MovingArticle(String originId, String headline, @Nullable String slug, @Nullable String standfirst,
		String bodyMarkdown, ArticleStatus status, @Nullable Instant publishedAt, @Nullable String sectionSlug,
		List<String> tags, @Nullable Long authorId, @Nullable String byline, @Nullable Long leadPictureId,
		@Nullable String leadCaption, long reads, List<String> formerAddresses, List<MovingComment> comments) {

	public MovingArticle {
		tags = List.copyOf(tags);
		formerAddresses = List.copyOf(formerAddresses);
		comments = List.copyOf(comments);
	}

	/**
	 * What, when it changes, makes a run write the article again (not its comments).
	 * @param section what stands for its section: the section's id as
	 * {@link MovingIn.Run} writes it ({@code section#12}), never its slug or name, which
	 * the newsroom may change without the post changing; {@code null} for none. (Before
	 * that, its slug stood there: {@link MovingIn.Run} still recognises such notes.)
	 */
	String fingerprint(@Nullable String section) {
		return Origins.fingerprint(headline, slug, standfirst, bodyMarkdown, status, publishedAt, section,
				String.join("\u001e", tags), authorId, byline, leadPictureId, leadCaption);
	}

}
