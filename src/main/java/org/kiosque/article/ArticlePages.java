package org.kiosque.article;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.kiosque.site.Labels;
import org.kiosque.site.NewspaperDates;
import org.jspecify.annotations.Nullable;
import org.kiosque.web.AddressMoved;
import org.kiosque.web.PageLayout;
import org.kiosque.web.PageMeta;
import org.kiosque.web.PageNumber;
import org.kiosque.web.RenderedPages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The public pages: home, section, tag, article. */
@Controller
class ArticlePages {

	static final int PAGE_SIZE = 12;

	private final ArticleCatalog catalog;

	private final ReadCounter reads;

	private final PageLayout layout;

	private final NewspaperDates dates;

	private final Labels labels;

	private final ArticlePageModel page;

	ArticlePages(ArticleCatalog catalog, ReadCounter reads, PageLayout layout, NewspaperDates dates, Labels labels,
			ArticlePageModel page) {
		this.labels = labels;
		this.catalog = catalog;
		this.reads = reads;
		this.layout = layout;
		this.dates = dates;
		this.page = page;
	}

	@GetMapping("/")
	String home(@RequestParam(required = false) @Nullable String page, HttpServletRequest request, Model model) {
		int number = pageNumber(page);
		ArticlePage articles = catalog.latest(null, null, number, PAGE_SIZE);
		if (number > 1 && articles.items().isEmpty()) {
			throw notFound();
		}
		model.addAttribute("frame", layout.frame(request, PageMeta.of(null, null, canonical("/", number))));
		model.addAttribute("listing", new Listing(null, null, articles, "/", dates));
		return "article/home";
	}

	/**
	 * A section's page: its name and description, its lead story (the newest) and the
	 * latest, its feed advertised ({@code <link rel="alternate">}). A hidden section's
	 * page stays, out of the navigation; a renamed one's old address answers 301.
	 */
	@GetMapping("/section/{slug}")
	String section(@PathVariable String slug, @RequestParam(required = false) @Nullable String page,
			HttpServletRequest request, Model model) {
		int number = pageNumber(page);
		SectionEntry section = catalog.sectionEntry(slug)
			.orElseThrow(() -> AddressMoved.orNotFound(slug, catalog.sectionMovedTo(slug)));
		ArticlePage articles = catalog.latest(section.slug(), null, number, PAGE_SIZE);
		if (articles.page() > 1 && articles.items().isEmpty()) {
			throw notFound();
		}
		String canonical = canonical(section.path(), articles.page());
		model.addAttribute("frame",
				layout.frame(request, PageMeta.of(section.name(), section.description(), canonical)));
		model.addAttribute("section", section);
		model.addAttribute("listing",
				new Listing(section.name(), section.description(), articles, section.path(), dates));
		return "article/section";
	}

	@GetMapping("/tag/{slug}")
	String tag(@PathVariable String slug, @RequestParam(required = false) @Nullable String page,
			HttpServletRequest request, Model model) {
		int number = pageNumber(page);
		TagEntry tag = catalog.tagEntry(slug)
			.orElseThrow(() -> AddressMoved.orNotFound(slug, catalog.tagMovedTo(slug)));
		ArticlePage articles = catalog.latest(null, tag.slug(), number, PAGE_SIZE);
		if (articles.page() > 1 && articles.items().isEmpty()) {
			throw notFound();
		}
		model.addAttribute("frame", layout.frame(request,
				PageMeta.of(tag.name(), tag.description(), canonical(tag.path(), articles.page()))));
		model.addAttribute("listing", new Listing(tag.name(), tag.description(), articles, tag.path(), dates));
		return "article/listing";
	}

	@GetMapping("/article/{slug}")
	String article(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response, Model model) {
		Optional<PublishedArticle> found = catalog.bySlug(slug);
		if (found.isEmpty()) {
			if (catalog.isWithdrawn(slug)) {
				// Unpublished: it was here and is gone on purpose, which search engines
				// take as a reason to drop it at once (a 404 may be a passing fault).
				throw new ResponseStatusException(HttpStatus.GONE);
			}
			// An edited headline changed the slug: old links keep working.
			throw AddressMoved.orNotFound(slug, catalog.renamedSlug(slug));
		}
		return page(found.get(), request, response, model);
	}

	/**
	 * The article page. When the request is a view of it ({@link PageLayout#isView}), the
	 * read is counted, now and for each copy of the page served later; when it shows the
	 * page again as the answer to a form (a refused comment, posted to another address; a
	 * Post/Redirect/Get landing), nothing is counted and no copy counts later.
	 * @param response null when the page is made for a form's answer, which never counts
	 */
	String page(PublishedArticle article, HttpServletRequest request, @Nullable HttpServletResponse response,
			Model model) {
		var view = new ReadCountView(article.id(), reads, labels);
		String total = view.liveText();
		if (response != null && layout.isView(request)) {
			RenderedPages.everyView(request, response, view);
		}
		return page.fill(article, total, article.id(), request, model);
	}

	/** A listing's page number, checked before any arithmetic: no such page is a 404. */
	private static int pageNumber(@Nullable String page) {
		return PageNumber.parse(page, Integer.MAX_VALUE).orElseThrow(ArticlePages::notFound);
	}

	/** Page N's canonical address is page N; page 1's is the listing's own. */
	private static String canonical(String path, int page) {
		return page > 1 ? path + "?page=" + page : path;
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
