package org.kiosque.article;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.kiosque.site.Labels;
import org.kiosque.site.NewspaperDates;
import org.jspecify.annotations.Nullable;
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

	private final StructuredData structuredData;

	private final Labels labels;

	ArticlePages(ArticleCatalog catalog, ReadCounter reads, PageLayout layout, NewspaperDates dates,
			StructuredData structuredData, Labels labels) {
		this.labels = labels;
		this.catalog = catalog;
		this.reads = reads;
		this.layout = layout;
		this.dates = dates;
		this.structuredData = structuredData;
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

	@GetMapping("/section/{slug}")
	String section(@PathVariable String slug, @RequestParam(required = false) @Nullable String page,
			HttpServletRequest request, Model model) {
		int number = pageNumber(page);
		SectionRef section = catalog.section(slug).orElseThrow(ArticlePages::notFound);
		return listing(section.name(), section.path(), catalog.latest(slug, null, number, PAGE_SIZE), request, model);
	}

	@GetMapping("/tag/{slug}")
	String tag(@PathVariable String slug, @RequestParam(required = false) @Nullable String page,
			HttpServletRequest request, Model model) {
		int number = pageNumber(page);
		TagRef tag = catalog.tag(slug).orElseThrow(ArticlePages::notFound);
		return listing(tag.name(), tag.path(), catalog.latest(null, slug, number, PAGE_SIZE), request, model);
	}

	@GetMapping("/article/{slug}")
	String article(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response, Model model) {
		Optional<PublishedArticle> found = catalog.bySlug(slug);
		if (found.isEmpty()) {
			// An edited headline changed the slug: old links keep working.
			String current = catalog.renamedSlug(slug).orElseThrow(ArticlePages::notFound);
			response.setStatus(HttpStatus.MOVED_PERMANENTLY.value());
			response.setHeader("Location", PublishedArticle.pathOf(current));
			return null;
		}
		PublishedArticle article = found.get();
		var view = new ReadCountView(article.id(), reads, labels);
		String readsLine = view.liveText();
		RenderedPages.everyView(request, response, view);
		PageMeta meta = new PageMeta(article.headline(), description(article), article.path(),
				structuredData.newsArticle(article));
		model.addAttribute("frame", layout.frame(request, meta, article.id()));
		model.addAttribute("view", new ArticleView(article, dates, readsLine));
		return "article/article";
	}

	private String listing(String title, String path, ArticlePage articles, HttpServletRequest request, Model model) {
		if (articles.page() > 1 && articles.items().isEmpty()) {
			throw notFound();
		}
		model.addAttribute("frame", layout.frame(request, PageMeta.of(title, null, canonical(path, articles.page()))));
		model.addAttribute("listing", new Listing(title, null, articles, path, dates));
		return "article/listing";
	}

	private static String description(PublishedArticle article) {
		if (article.standfirst() != null && !article.standfirst().isBlank()) {
			return article.standfirst();
		}
		// Runs on every article view: read only as much of the body as the 160 characters
		// need
		// (tags dropped, white space collapsed), rather than rewriting the whole body
		// with regexes.
		String html = article.bodyHtml();
		StringBuilder text = new StringBuilder(164);
		boolean inTag = false;
		boolean space = false;
		for (int i = 0; i < html.length() && text.length() <= 160; i++) {
			char c = html.charAt(i);
			if (inTag) {
				inTag = c != '>';
			}
			else if (c == '<') {
				inTag = true;
				space = true;
			}
			else if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B') {
				space = true;
			}
			else {
				if (space && !text.isEmpty()) {
					text.append(' ');
				}
				space = false;
				text.append(c);
			}
		}
		if (text.length() <= 160) {
			return text.toString();
		}
		int cut = text.lastIndexOf(" ", 157);
		return text.substring(0, cut > 0 ? cut : 157) + "…";
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
