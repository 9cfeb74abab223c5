package org.kiosque.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.kiosque.site.Labels;
import org.jspecify.annotations.Nullable;
import org.kiosque.web.AddressMoved;
import org.kiosque.web.PageLayout;
import org.kiosque.web.PageMeta;
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

	private final Labels labels;

	private final ArticlePageModel page;

	private final FrontPage front;

	private final TeaserItems teasers;

	ArticlePages(ArticleCatalog catalog, ReadCounter reads, PageLayout layout, Labels labels, ArticlePageModel page,
			FrontPage front, TeaserItems teasers) {
		this.labels = labels;
		this.front = front;
		this.teasers = teasers;
		this.catalog = catalog;
		this.reads = reads;
		this.layout = layout;
		this.page = page;
	}

	@GetMapping("/")
	String home(@RequestParam(required = false) @Nullable String page,
			@RequestParam(name = Listing.OLDER_THAN, required = false) @Nullable String older,
			@RequestParam(name = Listing.NEWER_THAN, required = false) @Nullable String newer,
			HttpServletRequest request, Model model) {
		Paging paging = Paging.of(catalog, Selection.ALL, page, older, newer, PAGE_SIZE);
		if (paging.moveTo() != null) {
			return paging.redirect("/");
		}
		ArticlePage articles = paging.articles();
		if (articles == null) {
			// The editors' page; the pages after it are the plain latest.
			model.addAttribute("frame", layout.frame(request, PageMeta.of(null, null, "/").sharedAs("website")));
			model.addAttribute("front", FrontPageView.of(front.make(), teasers));
			return "article/home";
		}
		model.addAttribute("frame", layout.frame(request, PageMeta.of(null, null, paging.canonical("/"))));
		model.addAttribute("listing", Listing.byKeyset(labels.get("home.latest"), null, articles, "/", teasers));
		return "article/listing";
	}

	/**
	 * A section's page: its name and description, its lead story (the one editors chose
	 * on the front page's desk, {@link FrontPage#sectionLead}, else the newest) and the
	 * latest, its feed advertised ({@code <link rel="alternate">}). A hidden section's
	 * page stays, out of the navigation; a renamed one's old address answers 301. Older
	 * articles are reached by keyset ({@link Paging}).
	 */
	@GetMapping("/section/{slug}")
	String section(@PathVariable String slug, @RequestParam(required = false) @Nullable String page,
			@RequestParam(name = Listing.OLDER_THAN, required = false) @Nullable String older,
			@RequestParam(name = Listing.NEWER_THAN, required = false) @Nullable String newer,
			HttpServletRequest request, Model model) {
		SectionEntry section = catalog.sectionEntry(slug)
			.orElseThrow(() -> AddressMoved.orNotFound(slug, catalog.sectionMovedTo(slug)));
		Paging paging = Paging.of(catalog, Selection.of(section.slug(), null), page, older, newer, PAGE_SIZE);
		if (paging.moveTo() != null) {
			return paging.redirect(section.path());
		}
		model.addAttribute("section", section);
		ArticlePage latest = paging.articles() != null ? paging.articles()
				: catalog.latest(section.slug(), null, 1, PAGE_SIZE);
		ArticlePage articles = paging.articles() == null
				? front.sectionLead(section).map(lead -> ledBy(lead, latest)).orElse(latest) : latest;
		listing(section.name(), section.description(), section.path(), articles, paging, "website", request, model);
		return "article/section";
	}

	@GetMapping("/tag/{slug}")
	String tag(@PathVariable String slug, @RequestParam(required = false) @Nullable String page,
			@RequestParam(name = Listing.OLDER_THAN, required = false) @Nullable String older,
			@RequestParam(name = Listing.NEWER_THAN, required = false) @Nullable String newer,
			HttpServletRequest request, Model model) {
		TagEntry tag = catalog.tagEntry(slug)
			.orElseThrow(() -> AddressMoved.orNotFound(slug, catalog.tagMovedTo(slug)));
		Paging paging = Paging.of(catalog, Selection.of(null, tag.slug()), page, older, newer, PAGE_SIZE);
		if (paging.moveTo() != null) {
			return paging.redirect(tag.path());
		}
		ArticlePage articles = paging.articles() != null ? paging.articles()
				: catalog.latest(null, tag.slug(), 1, PAGE_SIZE);
		return listing(tag.name(), tag.description(), tag.path(), articles, paging, null, request, model);
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

	/**
	 * A section's or tag's listing, its title and description above.
	 * @param sharedAs the Open Graph type, {@code null} for no sharing tags
	 */
	private String listing(String title, @Nullable String description, String path, ArticlePage articles, Paging paging,
			@Nullable String sharedAs, HttpServletRequest request, Model model) {
		PageMeta meta = PageMeta.of(title, description, paging.canonical(path));
		model.addAttribute("frame", layout.frame(request, sharedAs == null ? meta : meta.sharedAs(sharedAs)));
		model.addAttribute("listing", Listing.byKeyset(title, description, articles, path, teasers));
		return "article/listing";
	}

	/**
	 * The first page of a section with the editors' lead first, and not a second time
	 * further down.
	 */
	private static ArticlePage ledBy(ArticleTeaser lead, ArticlePage page) {
		List<ArticleTeaser> items = new ArrayList<>();
		items.add(lead);
		page.items().stream().filter(t -> t.id() != lead.id()).forEach(items::add);
		return new ArticlePage(items, page.page(), page.size(), page.hasNext(), page.hasPrevious());
	}

}
