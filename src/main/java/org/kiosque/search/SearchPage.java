package org.kiosque.search;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.kiosque.site.Excerpt;
import org.kiosque.site.Labels;
import org.kiosque.site.NewspaperDates;
import org.kiosque.site.PlainText;
import org.kiosque.web.PageLayout;
import org.jspecify.annotations.Nullable;
import org.kiosque.article.ArticleCatalog;
import org.kiosque.article.ArticleTeaser;
import org.kiosque.article.LeadImage;
import org.kiosque.web.PageMeta;
import org.kiosque.web.PageNumber;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** {@code /recherche?q=}: the reader's search page. */
@Controller
class SearchPage {

	static final int PAGE_SIZE = 10;
	static final int MAX_QUERY = 200;

	static final int MAX_PAGE = 100;

	private final ObjectProvider<ArticleIndex> index;

	private final PageLayout layout;

	private final Labels labels;

	private final NewspaperDates dates;

	private final ArticleCatalog catalog;

	SearchPage(ObjectProvider<ArticleIndex> index, PageLayout layout, Labels labels, NewspaperDates dates,
			ArticleCatalog catalog) {
		this.catalog = catalog;
		this.index = index;
		this.layout = layout;
		this.labels = labels;
		this.dates = dates;
	}

	@GetMapping("/recherche")
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) @Nullable String page,
			HttpServletRequest request, Model model) {
		String typed = PlainText.line(q);
		// What the reader typed is echoed (box, title, summary) at most MAX_QUERY long.
		String query = Excerpt.of(typed, MAX_QUERY);
		// Deep pages cost Lucene more and more; nobody reads past page 100 of answers.
		int pageNumber = PageNumber.parse(page, MAX_PAGE).orElseThrow(SearchPage::notFound);
		SearchView view;
		if (query.isEmpty()) {
			view = new SearchView("", null, List.of(), null, null);
		}
		else if (typed.length() > MAX_QUERY) {
			view = new SearchView(query, labels.count("search.too-long", MAX_QUERY), List.of(), null, null);
		}
		else {
			SearchResult result = index.getObject().search(query, pageNumber, PAGE_SIZE);
			if (pageNumber > 1 && result.hits().isEmpty()) {
				throw notFound();
			}
			// The teasers' pictures, as the front page shows them: one query for the
			// page.
			Map<Long, LeadImage> images = catalog
				.teasers(result.hits().stream().map(SearchResult.Hit::articleId).toList())
				.stream()
				.collect(Collectors.toMap(ArticleTeaser::id, ArticleTeaser::image));
			view = SearchView.of(result, images, labels, dates);
		}
		model.addAttribute("frame", layout.frame(request, PageMeta
			.of(query.isEmpty() ? labels.get("search.title") : labels.get("search.title-for", query), null, null)));
		model.addAttribute("search", view);
		return "search/results";
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
