package org.kiosque.search;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.kiosque.site.Labels;
import org.kiosque.site.NewspaperDates;
import org.kiosque.web.PageLayout;
import org.kiosque.web.PageMeta;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /recherche?q=}: the reader's search page. */
@Controller
class SearchPage {

	static final int PAGE_SIZE = 10;
	static final int MAX_QUERY = 200;

	private final ObjectProvider<ArticleIndex> index;

	private final PageLayout layout;

	private final Labels labels;

	private final NewspaperDates dates;

	SearchPage(ObjectProvider<ArticleIndex> index, PageLayout layout, Labels labels, NewspaperDates dates) {
		this.index = index;
		this.layout = layout;
		this.labels = labels;
		this.dates = dates;
	}

	@GetMapping("/recherche")
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") String page,
			HttpServletRequest request, Model model) {
		String query = q.strip();
		int pageNumber = parsePage(page);
		SearchView view;
		if (query.isEmpty()) {
			view = new SearchView("", null, List.of(), null, null);
		}
		else if (query.length() > MAX_QUERY) {
			view = new SearchView(query.substring(0, MAX_QUERY), labels.get("search.too-long", MAX_QUERY), List.of(),
					null, null);
		}
		else {
			SearchResult result = index.getObject().search(query, pageNumber, PAGE_SIZE);
			view = SearchView.of(result, labels, dates);
		}
		model.addAttribute("frame", layout.frame(request, PageMeta
			.of(query.isEmpty() ? labels.get("search.title") : labels.get("search.title-for", query), null, null)));
		model.addAttribute("search", view);
		return "search/results";
	}

	private static int parsePage(String page) {
		try {
			return Math.clamp(Integer.parseInt(page), 1, 100);
		}
		catch (NumberFormatException e) {
			return 1;
		}
	}

}
