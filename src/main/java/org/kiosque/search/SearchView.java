package org.kiosque.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.kiosque.article.LeadImage;
import org.kiosque.site.Labels;
import org.kiosque.site.NewspaperDates;

/** What the search page prints. */
public record SearchView(String query, @Nullable String summary, List<Item> items, @Nullable String previousUrl,
		@Nullable String nextUrl) {

	/**
	 * One answer.
	 *
	 * @param image its lead image, as on the article's teaser (an article unpublished
	 * since the index was written has none)
	 */
	public record Item(String headline, String path, String dateline, String datetime, String snippetHtml,
			LeadImage image) {
	}

	/**
	 * The page for {@code result}.
	 * @param images the answers' lead images by article id; an answer missing there shows
	 * none
	 */
	static SearchView of(SearchResult result, Map<Long, LeadImage> images, Labels labels, NewspaperDates dates) {
		String q = URLEncoder.encode(result.query(), StandardCharsets.UTF_8);
		String summary = result.total() == 0 ? labels.get("search.none", result.query())
				: labels.count("search.count", result.total(), result.query());
		return new SearchView(result.query(), summary,
				result.hits()
					.stream()
					.map(h -> new Item(h.headline(), h.path(), dates.day(h.publishedAt()), dates.iso(h.publishedAt()),
							h.snippetHtml(), images.getOrDefault(h.articleId(), LeadImage.none())))
					.toList(),
				result.page() > 1 ? "/recherche?q=" + q + "&page=" + (result.page() - 1) : null,
				result.hasNext() ? "/recherche?q=" + q + "&page=" + (result.page() + 1) : null);
	}
}
