package org.kiosque.article;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.NewspaperDates;

/** A list page: its title, the teasers with their printed dates, and paging links. */
public record Listing(@Nullable String title, @Nullable String description, List<Item> items,
		@Nullable String previousUrl, @Nullable String nextUrl) {

	public record Item(ArticleTeaser teaser, String dateline, String datetime) {
	}

	/** A listing of {@code page}, its paging links built on {@code path}. */
	public Listing(@Nullable String title, @Nullable String description, ArticlePage page, String path,
			NewspaperDates dates) {
		this(title, description,
				page.items()
					.stream()
					.map(t -> new Item(t, dates.day(t.publishedAt()), dates.iso(t.publishedAt())))
					.toList(),
				page.hasPrevious() ? (page.page() == 2 ? path : path + "?page=" + (page.page() - 1)) : null,
				page.hasNext() ? path + "?page=" + (page.page() + 1) : null);
	}
}
