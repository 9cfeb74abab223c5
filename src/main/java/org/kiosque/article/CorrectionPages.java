package org.kiosque.article;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.Labels;
import org.kiosque.site.NewspaperDates;
import org.kiosque.web.PageLayout;
import org.kiosque.web.PageMeta;
import org.kiosque.web.PageNumber;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /corrections}: every correction of the articles visible now, newest first, with
 * the article's headline and link, {@value Corrections#PAGE_SIZE} a page
 * ({@code ?page=2}...). A page past the end, or a {@code page} that is no page number, is
 * a 404; each page's canonical address is its own.
 */
@Controller
class CorrectionPages {

	static final String PATH = "/corrections";

	private final Corrections corrections;

	private final PageLayout layout;

	private final NewspaperDates dates;

	private final Labels labels;

	CorrectionPages(Corrections corrections, PageLayout layout, NewspaperDates dates, Labels labels) {
		this.corrections = corrections;
		this.layout = layout;
		this.dates = dates;
		this.labels = labels;
	}

	@GetMapping(PATH)
	String corrections(@RequestParam(required = false) @Nullable String page, HttpServletRequest request, Model model) {
		int number = PageNumber.parse(page, Integer.MAX_VALUE)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Corrections.CorrectionPage found = corrections.latest(number);
		if (number > 1 && found.items().isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("frame", layout.frame(request,
				PageMeta.of(labels.get("corrections.title"), labels.get("corrections.intro"), address(number))));
		model.addAttribute("list", list(found));
		return "article/corrections";
	}

	private CorrectionList list(Corrections.CorrectionPage found) {
		List<CorrectionList.Item> items = found.items()
			.stream()
			.map(n -> new CorrectionList.Item(n.headline(), n.path(),
					labels.get("corrections.date", dates.date(n.madeAt())), dates.iso(n.madeAt()),
					n.correction().text()))
			.toList();
		int page = found.page();
		return new CorrectionList(items, page > 1 ? address(page - 1) : null,
				found.hasNext() ? address(page + 1) : null);
	}

	/** Page N's address, which is also its canonical one; page 1's has no number. */
	private static String address(int page) {
		return page > 1 ? PATH + "?page=" + page : PATH;
	}

}
