package org.kiosque.article;

import org.jspecify.annotations.Nullable;

/**
 * Which published articles a list shows, newest first: all of them (the front page's
 * latest, the feeds, the content API), a section's, a tag's (both at once in the API), or
 * an author's. Paged the same way whatever it is ({@link ArticleCatalog#latest},
 * {@link ArticleCatalog#older}, {@link ArticleCatalog#newer}, {@link Paging}).
 *
 * @param sectionSlug the section's slug, {@code null} for any section
 * @param tagSlug the tag's slug, {@code null} for any tag
 * @param author the author, {@code null} for anyone's articles
 */
public record Selection(@Nullable String sectionSlug, @Nullable String tagSlug, @Nullable Author author) {

	/** Every published article. */
	public static final Selection ALL = new Selection(null, null, null);

	/**
	 * The articles of a section, a tag, both, or (both {@code null}) all.
	 */
	public static Selection of(@Nullable String sectionSlug, @Nullable String tagSlug) {
		return new Selection(sectionSlug, tagSlug, null);
	}

	/**
	 * An author's articles: those whose author is the account {@code accountId} and whose
	 * byline is exactly {@code byline} or a joint byline naming it among others,
	 * comma-separated ({@code Anaïs Martin, Bruno Roy}; see docs/sections-and-pages.md).
	 */
	public static Selection byAuthor(long accountId, String byline) {
		return new Selection(null, null, new Author(accountId, byline));
	}

	/**
	 * An author as their page lists them.
	 *
	 * @param accountId the author's account
	 * @param byline the name under which the articles are theirs
	 */
	public record Author(long accountId, String byline) {
	}

}
