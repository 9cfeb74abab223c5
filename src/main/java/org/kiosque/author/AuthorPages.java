package org.kiosque.author;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.kiosque.account.Profile;
import org.kiosque.account.Profiles;
import org.kiosque.article.ArticleCatalog;
import org.kiosque.article.ArticlePage;
import org.kiosque.article.Listing;
import org.kiosque.site.NewspaperDates;
import org.kiosque.web.AddressMoved;
import org.kiosque.web.PageLayout;
import org.kiosque.web.PageMeta;
import org.kiosque.web.PageNumber;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /auteur/{id}-{name}}: an author's byline, photo (a place kept for it), short
 * biography and articles, newest first, paged like every listing. A staff member with no
 * published article under their name has no page (404), nor has a reader, so that the
 * page reveals nobody who has not signed in public.
 */
@Controller
class AuthorPages {

	static final int PAGE_SIZE = 12;

	private final Profiles profiles;

	private final ArticleCatalog catalog;

	private final PageLayout layout;

	private final NewspaperDates dates;

	AuthorPages(Profiles profiles, ArticleCatalog catalog, PageLayout layout, NewspaperDates dates) {
		this.profiles = profiles;
		this.catalog = catalog;
		this.layout = layout;
		this.dates = dates;
	}

	@GetMapping(AuthorHandle.PREFIX + "{handle}")
	String author(@PathVariable String handle, @RequestParam(required = false) @Nullable String page,
			HttpServletRequest request, Model model) {
		int number = PageNumber.parse(page, Integer.MAX_VALUE).orElseThrow(AuthorPages::notFound);
		long id = AuthorHandle.id(handle).orElseThrow(AuthorPages::notFound);
		Profile author = profiles.author(id).orElseThrow(AuthorPages::notFound);
		ArticlePage articles = catalog.byAuthor(id, author.displayName(), number, PAGE_SIZE);
		if (articles.items().isEmpty()) {
			throw notFound();
		}
		String current = AuthorHandle.of(id, author.displayName());
		if (!current.equals(handle)) {
			throw new AddressMoved(handle, current);
		}
		String path = AuthorHandle.PREFIX + current;
		String canonical = number > 1 ? path + "?page=" + number : path;
		model.addAttribute("frame", layout.frame(request, PageMeta.of(author.displayName(), null, canonical)));
		model.addAttribute("author", new AuthorView(author.displayName(), author.biography(), null));
		model.addAttribute("listing", new Listing(author.displayName(), author.biography(), articles, path, dates));
		return "author/page";
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
