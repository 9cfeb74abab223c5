package org.kiosque.article;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A list page: its title, the teasers with their printed dates, and paging links. */
public record Listing(@Nullable String title, @Nullable String description, List<Item> items,
		@Nullable String previousUrl, @Nullable String nextUrl) {

	/**
	 * A teaser as printed.
	 *
	 * @param comments the comment count as printed ({@code 3 commentaires}), {@code null}
	 * when there is none to show
	 */
	public record Item(ArticleTeaser teaser, String dateline, String datetime, @Nullable String comments) {
	}

	/** A listing of {@code page}, its paging links built on {@code path}. */
	public Listing(@Nullable String title, @Nullable String description, ArticlePage page, String path,
			TeaserItems items) {
		this(title, description, items.of(page.items()),
				page.hasPrevious() ? (page.page() == 2 ? path : path + "?page=" + (page.page() - 1)) : null,
				page.hasNext() ? path + "?page=" + (page.page() + 1) : null);
	}
}
