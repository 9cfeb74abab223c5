package org.kiosque.author;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.kiosque.account.People;
import org.kiosque.account.Person;
import org.kiosque.account.Profile;
import org.kiosque.account.Profiles;
import org.kiosque.account.Role;
import org.kiosque.article.ArticleCatalog;
import org.kiosque.article.ArticlePage;
import org.kiosque.article.Listing;
import org.kiosque.article.Paging;
import org.kiosque.article.Selection;
import org.kiosque.article.TeaserItems;
import org.kiosque.article.Slugs;
import org.kiosque.media.Crop;
import org.kiosque.media.PictureRef;
import org.kiosque.site.SiteSettings;
import org.kiosque.web.AddressMoved;
import org.kiosque.web.PageLayout;
import org.kiosque.web.PageMeta;
import org.kiosque.web.ScriptJson;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /auteur/{id}-{name}}: an author's byline, portrait (square, see
 * {@link Portraits}), short biography and articles, newest first, with a schema.org
 * {@code ProfilePage} in JSON-LD, paged like every listing (by keyset, {@link Paging}). A
 * staff member with no published article under their name has no page (404), nor has a
 * reader, so that the page reveals nobody who has not signed in public. An address with
 * the name alone ({@code /auteur/marie-curie}) leads to the one author of that name who
 * has a page.
 */
@Controller
class AuthorPages {

	static final int PAGE_SIZE = 12;

	private final Profiles profiles;

	private final People people;

	private final ArticleCatalog catalog;

	private final PageLayout layout;

	private final TeaserItems teasers;

	private final Portraits portraits;

	private final SiteSettings site;

	AuthorPages(Profiles profiles, People people, ArticleCatalog catalog, PageLayout layout, TeaserItems teasers,
			Portraits portraits, SiteSettings site) {
		this.portraits = portraits;
		this.site = site;
		this.profiles = profiles;
		this.people = people;
		this.catalog = catalog;
		this.layout = layout;
		this.teasers = teasers;
	}

	@GetMapping(AuthorHandle.PREFIX + "{handle}")
	String author(@PathVariable String handle, @RequestParam(required = false) @Nullable String page,
			@RequestParam(name = Listing.OLDER_THAN, required = false) @Nullable String older,
			@RequestParam(name = Listing.NEWER_THAN, required = false) @Nullable String newer,
			HttpServletRequest request, Model model) {
		OptionalLong given = AuthorHandle.id(handle);
		if (given.isEmpty()) {
			// A name alone (/auteur/marie-curie, as bylines are addressed by name): the
			// one
			// author of that name with a page, at their address.
			throw named(handle)
				.<RuntimeException>map(a -> new AddressMoved(handle, AuthorHandle.of(a.id(), a.displayName())))
				.orElseGet(AuthorPages::notFound);
		}
		long id = given.getAsLong();
		Profile author = profiles.author(id).orElseThrow(AuthorPages::notFound);
		String current = AuthorHandle.of(id, author.displayName());
		if (!current.equals(handle)) {
			throw new AddressMoved(handle, current);
		}
		String path = AuthorHandle.PREFIX + current;
		Selection theirs = Selection.byAuthor(id, author.displayName());
		Paging paging = Paging.of(catalog, theirs, page, older, newer, PAGE_SIZE);
		if (paging.moveTo() != null) {
			return paging.redirect(path);
		}
		ArticlePage articles = paging.articles() != null ? paging.articles() : catalog.latest(theirs, 1, PAGE_SIZE);
		if (articles.items().isEmpty()) {
			throw notFound(); // nobody without a published article has a page
		}
		PictureRef photo = portraits.of(id).orElse(null);
		model.addAttribute("frame", layout.frame(request,
				new PageMeta(author.displayName(), null, paging.canonical(path), profilePage(author, path, photo))));
		model.addAttribute("author", new AuthorView(author.displayName(), author.biography(), photo, portraits.webp()));
		model.addAttribute("listing",
				Listing.byKeyset(author.displayName(), author.biography(), articles, path, teasers));
		return "author/page";
	}

	/**
	 * The page's JSON-LD (schema.org {@code ProfilePage}): the {@code Person} with name,
	 * page, portrait ({@code image}, its widest square cut) and biography.
	 */
	private ScriptJson profilePage(Profile author, String path, @Nullable PictureRef photo) {
		Map<String, Object> person = new LinkedHashMap<>();
		person.put("@type", "Person");
		person.put("name", author.displayName());
		person.put("url", site.absolute(path));
		if (photo != null) {
			person.put("image", site.absolute(photo.widest(Crop.SQUARE).path()));
		}
		if (author.biography() != null) {
			person.put("description", author.biography());
		}
		Map<String, Object> ld = new LinkedHashMap<>();
		ld.put("@context", "https://schema.org");
		ld.put("@type", "ProfilePage");
		ld.put("mainEntity", person);
		return ScriptJson.of(ld);
	}

	/**
	 * The staff member whose name's slug is {@code slug} and who has a page (a published
	 * article under that name); empty when none has, or several have.
	 */
	private Optional<Person> named(String slug) {
		List<Person> named = people.staff()
			.stream()
			.filter(p -> p.role() != Role.READER && Slugs.of(p.displayName()).equals(slug))
			.filter(p -> !catalog.latest(Selection.byAuthor(p.id(), p.displayName()), 1, 1).items().isEmpty())
			.limit(2)
			.toList();
		return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
