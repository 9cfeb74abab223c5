package org.kiosque.article;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kiosque.media.Crop;
import org.kiosque.media.PictureRef;
import org.kiosque.site.NewspaperDates;
import org.kiosque.site.SiteSettings;
import org.kiosque.web.ApiProblem;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The read-only content API ({@code /api/content/...}): published articles as JSON, for
 * apps, partner sites and syndication. It reads through {@link ArticleCatalog} like the
 * pages do, so it never shows what the public may not see. Mistakes in a request are
 * thrown as {@link ApiProblem}s, answered as RFC 9457 problems that name the parameter.
 */
@RestController
@RequestMapping("/api/content")
class ContentApi {

	static final int DEFAULT_SIZE = 20;

	// Short enough that an edit shows within a minute, long enough for a CDN to absorb a
	// rush.
	private static final String PUBLIC = "public, max-age=60";

	private final ArticleCatalog catalog;

	private final ReadCounter reads;

	private final SiteSettings site;

	private final NewspaperDates dates;

	ContentApi(ArticleCatalog catalog, ReadCounter reads, SiteSettings site, NewspaperDates dates) {
		this.catalog = catalog;
		this.reads = reads;
		this.site = site;
		this.dates = dates;
	}

	/**
	 * A page of the published articles, newest first. {@code cursor} (the {@code next} of
	 * the previous answer, a {@link Keyset} token) reads the page after it by keyset,
	 * whatever its depth; {@code page} (from 1) still answers up to
	 * {@value ArticleCatalog#MAX_COUNTED_PAGE}, a number beyond is a 400 that names it.
	 * The {@code Link} header (RFC 8288) gives {@code rel="next"} as a cursor address,
	 * and {@code rel="prev"} on numbered pages from 2 on.
	 */
	@GetMapping(path = "/articles", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ContentArticleList> articles(@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size,
			@RequestParam(required = false) @Nullable String section,
			@RequestParam(required = false) @Nullable String tag,
			@RequestParam(required = false) @Nullable String cursor) {
		int pageNumber = whole(page, 1, 1, ArticleCatalog.MAX_COUNTED_PAGE, "page");
		int pageSize = whole(size, DEFAULT_SIZE, 1, ArticleCatalog.MAX_PAGE_SIZE, "size");
		String sectionSlug = blankToNull(section);
		String tagSlug = blankToNull(tag);
		if (sectionSlug != null && catalog.section(sectionSlug).isEmpty()) {
			throw new ApiProblem(HttpStatus.BAD_REQUEST, "section", "api.problem.section", sectionSlug);
		}
		if (tagSlug != null && catalog.tag(tagSlug).isEmpty()) {
			throw new ApiProblem(HttpStatus.BAD_REQUEST, "tag", "api.problem.tag", tagSlug);
		}
		Keyset after = null;
		if (blankToNull(cursor) != null) {
			after = Keyset.parse(cursor)
				.orElseThrow(() -> new ApiProblem(HttpStatus.BAD_REQUEST, "cursor", "api.problem.cursor", cursor));
		}
		ArticlePage found = after != null ? catalog.older(sectionSlug, tagSlug, after, pageSize)
				: catalog.latest(sectionSlug, tagSlug, pageNumber, pageSize);
		List<ContentArticle> articles = catalog.published(found.items().stream().map(ArticleTeaser::id).toList())
			.stream()
			.map(a -> describe(a, false))
			.toList();
		var answer = ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, PUBLIC);
		Keyset next = found.nextKeyset();
		List<String> links = new ArrayList<>();
		if (next != null) {
			links.add(link("cursor", next.token(), pageSize, sectionSlug, tagSlug, "next"));
		}
		if (after == null && found.hasPrevious()) {
			links.add(link("page", Integer.toString(pageNumber - 1), pageSize, sectionSlug, tagSlug, "prev"));
		}
		if (!links.isEmpty()) {
			answer.header(HttpHeaders.LINK, String.join(", ", links));
		}
		return answer.body(new ContentArticleList(articles, after == null ? found.page() : null, found.size(),
				found.hasNext(), next == null ? null : next.token()));
	}

	@GetMapping(path = "/articles/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ContentArticle> article(@PathVariable String id) {
		long articleId = whole(id, 0, 1, Long.MAX_VALUE, "id");
		PublishedArticle article = catalog.byId(articleId)
			.orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, null, "api.problem.article", id));
		return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, PUBLIC).body(describe(article, true));
	}

	/** The hand-written OpenAPI 3.1 description of this API. */
	@GetMapping(path = "/openapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Resource> openApi() {
		return ResponseEntity.ok()
			.header(HttpHeaders.CACHE_CONTROL, PUBLIC)
			.body(new ClassPathResource("api/content-openapi.json"));
	}

	private ContentArticle describe(PublishedArticle a, boolean withBody) {
		return new ContentArticle(a.id(), a.slug(), site.absolute(a.path()), a.headline(), a.standfirst(),
				withBody ? a.bodyHtml() : null,
				a.section() == null ? null : new ContentArticle.Section(a.section().slug(), a.section().name()),
				a.tags().stream().map(t -> new ContentArticle.Tag(t.slug(), t.name())).toList(), a.byline(),
				a.source() == null ? null : new ContentArticle.Source(a.source().code(), a.source().name()),
				dates.iso(a.publishedAt()), reads.total(a.id()), image(a.image()));
	}

	private ContentArticle.@Nullable Image image(LeadImage image) {
		if (image.isEmpty()) {
			return null;
		}
		PictureRef picture = image.picture();
		// A library picture: its widest whole rendition, which never changes meaning.
		String url = picture != null ? picture.widest(Crop.FULL).path() : image.hasPicture() ? image.url() : null;
		if (url != null && url.startsWith("/")) {
			url = site.absolute(url);
		}
		return new ContentArticle.Image(url, image.caption(), image.credit());
	}

	private String link(String parameter, String value, int size, @Nullable String section, @Nullable String tag,
			String rel) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(site.absolute("/api/content/articles"))
			.queryParam(parameter, value)
			.queryParam("size", size);
		if (section != null) {
			uri.queryParam("section", section);
		}
		if (tag != null) {
			uri.queryParam("tag", tag);
		}
		return "<" + uri.encode().toUriString() + ">; rel=\"" + rel + "\"";
	}

	private static int whole(@Nullable String text, int absent, int min, int max, String parameter) {
		return Math.toIntExact(whole(text, (long) absent, min, (long) max, parameter));
	}

	private static long whole(@Nullable String text, long absent, long min, long max, String parameter) {
		if (text == null) {
			return absent;
		}
		try {
			long n = Long.parseLong(text.strip());
			if (n >= min && n <= max) {
				return n;
			}
		}
		catch (NumberFormatException e) {
			// answered below, like a number out of range
		}
		throw new ApiProblem(HttpStatus.BAD_REQUEST, parameter, "api.problem." + parameter, text);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
