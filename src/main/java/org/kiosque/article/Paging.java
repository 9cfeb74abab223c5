package org.kiosque.article;

import org.jspecify.annotations.Nullable;
import org.kiosque.web.PageNumber;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Which page of a public listing (a section's, a tag's, an author's, the front page's
 * older articles) a request asks for, and how it is answered:
 * <ul>
 * <li>nothing: the first page ({@code articles} null, each listing makes its own);
 * <li>{@code avant=<keyset>}: the articles older than it ("Articles plus anciens"), a
 * seek in an index whatever the depth; nothing older is a 404;
 * <li>{@code apres=<keyset>}: the articles just newer ("Articles plus récents"); when
 * nothing newer remains beyond them, the listing's own address instead (a 302), so that
 * its first page is only ever at one address;
 * <li>{@code page=N}, the addresses before keyset paging: page 1 is the first page, pages
 * 2 to {@value ArticleCatalog#MAX_COUNTED_PAGE} move (302) to the keyset page that holds
 * what page N held (found with a bounded skip), a page past the end or deeper is a 404.
 * </ul>
 * A malformed keyset or page number is a 404, never an error.
 *
 * @param articles the page to show; {@code null} for the listing's first page
 * @param query the page's own query ({@code avant=…}), {@code null} on the first
 * @param moveTo the query to redirect to ({@code ""}: the listing's own address),
 * {@code null} to answer here
 */
public record Paging(@Nullable ArticlePage articles, @Nullable String query, @Nullable String moveTo) {

	/**
	 * The page of {@code selection} that the request's {@code page}, {@code avant} and
	 * {@code apres} parameters ask for, {@code size} articles a page.
	 * @throws ResponseStatusException 404 for a page that does not exist
	 */
	public static Paging of(ArticleCatalog catalog, Selection selection, @Nullable String page, @Nullable String older,
			@Nullable String newer, int size) {
		if (older != null) {
			Keyset keyset = Keyset.parse(older).orElseThrow(Paging::notFound);
			ArticlePage found = catalog.older(selection, keyset, size);
			if (found.items().isEmpty()) {
				throw notFound();
			}
			return new Paging(found, PageNumber.OLDER_THAN + "=" + keyset.token(), null);
		}
		if (newer != null) {
			Keyset keyset = Keyset.parse(newer).orElseThrow(Paging::notFound);
			ArticlePage found = catalog.newer(selection, keyset, size);
			if (!found.hasPrevious()) {
				return new Paging(null, null, "");
			}
			return new Paging(found, PageNumber.NEWER_THAN + "=" + keyset.token(), null);
		}
		int number = PageNumber.parse(page, ArticleCatalog.MAX_COUNTED_PAGE).orElseThrow(Paging::notFound);
		if (number == 1) {
			return new Paging(null, null, null);
		}
		Keyset end = catalog.latest(selection, number - 1, size).nextKeyset();
		if (end == null) {
			throw notFound();
		}
		return new Paging(null, null, "?" + PageNumber.OLDER_THAN + "=" + end.token());
	}

	/**
	 * The controller's answer when the request moves ({@code redirect:…} to the listing
	 * at {@code path}), {@code null} when it is answered here.
	 */
	public @Nullable String redirect(String path) {
		return moveTo == null ? null : "redirect:" + path + moveTo;
	}

	/**
	 * The page's canonical address: a keyset page's is its own (it is not the first
	 * page's copy, which search engines would otherwise be told); it carries
	 * {@code noindex} as well ({@code org.kiosque.web.Unindexed}): its content moves as
	 * the newspaper publishes.
	 */
	public String canonical(String path) {
		return query == null ? path : path + "?" + query;
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
