package org.kiosque.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.Labels;
import org.kiosque.site.NewspaperDates;

/** What the search page prints. */
public record SearchView(String query, @Nullable String summary, List<Item> items, @Nullable String previousUrl,
		@Nullable String nextUrl) {

	public record Item(String headline, String path, String dateline, String datetime, String snippetHtml) {
	}

	static SearchView of(SearchResult result, Labels labels, NewspaperDates dates) {
		String q = URLEncoder.encode(result.query(), StandardCharsets.UTF_8);
		String summary = result.total() == 0 ? labels.get("search.none", result.query())
				: labels.count("search.count", result.total(), result.query());
		return new SearchView(result.query(), summary,
				result.hits()
					.stream()
					.map(h -> new Item(h.headline(), h.path(), dates.day(h.publishedAt()), dates.iso(h.publishedAt()),
							h.snippetHtml()))
					.toList(),
				result.page() > 1 ? "/recherche?q=" + q + "&page=" + (result.page() - 1) : null,
				result.hasNext() ? "/recherche?q=" + q + "&page=" + (result.page() + 1) : null);
	}
}
