package org.kiosque.feed;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kiosque.article.ArticleCatalog;
import org.kiosque.article.ArticlePage;
import org.kiosque.article.ArticleTeaser;
import org.kiosque.article.SectionRef;
import org.kiosque.site.NewspaperDates;
import org.kiosque.site.SiteSettings;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * Sitemaps for search engines: {@code /sitemap.xml} (front page, sections, every
 * published article, newest first), {@code /news-sitemap.xml} (Google News: the last two
 * days) and {@code /robots.txt} pointing at them.
 */
@RestController
class Sitemaps {

	/** The sitemap protocol's limit per file. */
	static final int MAX_URLS = 50_000;

	private final ArticleCatalog catalog;

	private final SiteSettings site;

	private final NewspaperDates dates;

	Sitemaps(ArticleCatalog catalog, SiteSettings site, NewspaperDates dates) {
		this.catalog = catalog;
		this.site = site;
		this.dates = dates;
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		String body = "User-agent: *\nDisallow: /newsroom/\nDisallow: /account/\nDisallow: /api/\n\nSitemap: "
				+ site.absolute("/sitemap.xml") + "\nSitemap: " + site.absolute("/news-sitemap.xml") + "\n";
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).cacheControl(hourly()).body(body);
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap() {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		url(xml, "/", null);
		for (SectionRef section : catalog.sections()) {
			url(xml, section.path(), null);
		}
		int written = 0;
		for (int page = 1; written < MAX_URLS; page++) {
			ArticlePage articles = catalog.latest(null, null, page, ArticleCatalog.MAX_PAGE_SIZE);
			for (ArticleTeaser teaser : articles.items()) {
				url(xml, teaser.path(), dates.iso(teaser.publishedAt()));
				written++;
			}
			if (!articles.hasNext()) {
				break;
			}
		}
		xml.append("</urlset>\n");
		return xml(xml);
	}

	@GetMapping("/news-sitemap.xml")
	ResponseEntity<String> newsSitemap() {
		List<ArticleTeaser> recent = catalog.publishedSince(Instant.now().minus(2, ChronoUnit.DAYS));
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
				+ " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n");
		for (ArticleTeaser teaser : recent.subList(0, Math.min(recent.size(), 1000))) {
			xml.append("<url><loc>")
				.append(escape(site.absolute(teaser.path())))
				.append("</loc><news:news>")
				.append("<news:publication><news:name>")
				.append(escape(site.name()))
				.append("</news:name>")
				.append("<news:language>")
				.append(site.locale().getLanguage())
				.append("</news:language></news:publication>")
				.append("<news:publication_date>")
				.append(dates.iso(teaser.publishedAt()))
				.append("</news:publication_date>")
				.append("<news:title>")
				.append(escape(teaser.headline()))
				.append("</news:title>")
				.append("</news:news></url>\n");
		}
		xml.append("</urlset>\n");
		return xml(xml);
	}

	private void url(StringBuilder xml, String path, @Nullable String lastModified) {
		xml.append("<url><loc>").append(escape(site.absolute(path))).append("</loc>");
		if (lastModified != null) {
			xml.append("<lastmod>").append(lastModified).append("</lastmod>");
		}
		xml.append("</url>\n");
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	private static ResponseEntity<String> xml(StringBuilder xml) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/xml;charset=UTF-8"))
			.cacheControl(hourly())
			.body(xml.toString());
	}

	private static CacheControl hourly() {
		return CacheControl.maxAge(Duration.ofMinutes(15)).cachePublic();
	}

}
