package org.kiosque.article;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A list page: its title, the teasers with their printed dates, and paging links. */
public record Listing(@Nullable String title, @Nullable String description, List<Item> items,
		@Nullable String previousUrl, @Nullable String nextUrl) {

	/** The query parameter of a keyset listing's older page. */
	public static final String OLDER_THAN = org.kiosque.web.PageNumber.OLDER_THAN;

	/** The query parameter of a keyset listing's newer page. */
	public static final String NEWER_THAN = org.kiosque.web.PageNumber.NEWER_THAN;

	/**
	 * A teaser as printed.
	 *
	 * @param comments the comment count as printed ({@code 3 commentaires}), {@code null}
	 * when there is none to show
	 */
	public record Item(ArticleTeaser teaser, String dateline, String datetime, @Nullable String comments) {
	}

	/**
	 * A listing of {@code page} whose paging links go by keyset: "Articles plus anciens"
	 * to {@code path?avant=<token>} (the last article shown), "Articles plus récents" to
	 * {@code path?apres=<token>} (the first). Archives of any depth.
	 */
	public static Listing byKeyset(@Nullable String title, @Nullable String description, ArticlePage page, String path,
			TeaserItems items) {
		Keyset previous = page.previousKeyset();
		Keyset next = page.nextKeyset();
		return new Listing(title, description, items.of(page.items()),
				previous == null ? null : path + "?" + NEWER_THAN + "=" + previous.token(),
				next == null ? null : path + "?" + OLDER_THAN + "=" + next.token());
	}

}
