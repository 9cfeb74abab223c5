package org.kiosque.feed;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.kiosque.article.ArchiveMonth;
import org.kiosque.article.ArticleCatalog;
import org.kiosque.article.ArticleChanged;
import org.kiosque.article.ArticleTeaser;
import org.kiosque.article.SectionRef;
import org.kiosque.site.NewspaperDates;
import org.kiosque.site.SiteSettings;
import org.kiosque.site.CacheSettings;
import org.kiosque.site.AfterCommit;
import org.kiosque.site.ChangedElsewhere;
import org.kiosque.site.SiteSettingChanged;
import org.springframework.context.event.EventListener;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Sitemaps for search engines (sitemaps.org protocol 0.9): {@code /sitemap.xml} is a
 * sitemap index pointing at {@code /sitemap-pages.xml} (front page and sections) and at
 * one sitemap per month of the archive, {@code /sitemap-2026-01.xml}, split into
 * {@code /sitemap-2026-01-2.xml}, {@code -3}... past {@value #MAX_URLS} articles. Months
 * are calendar months in UTC, so every published article is in exactly one file.
 * {@code /news-sitemap.xml} lists the last two days for Google News, and
 * {@code /robots.txt} points at both.
 * <p>
 * Each file is built from a streamed query and kept: dropped at once on this node when an
 * article changes, after at most 15 minutes on the other nodes of a cluster (as long as
 * the HTTP caches keep it anyway).
 */
@RestController
class Sitemaps {

	/**
	 * Addresses per file: WordPress's own sitemaps' figure (wp_sitemaps_get_max_urls),
	 * well under the protocol's 50 000. A file then costs the same at a million articles
	 * as at a thousand (a big month is several files, each one index entry more), and a
	 * crawler fetches small files that it can take again one at a time.
	 */
	static final int MAX_URLS = 2_000;

	static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

	static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

	private final ArticleCatalog catalog;

	private final SiteSettings site;

	private final NewspaperDates dates;

	private final Cache<String, byte[]> files;

	private final Cache<String, List<ArchiveMonth>> months;

	Sitemaps(ArticleCatalog catalog, SiteSettings site, NewspaperDates dates, CacheSettings cache) {
		Duration ttl = cache.sitemapTtl();
		this.catalog = catalog;
		this.site = site;
		this.dates = dates;
		this.files = Caffeine.newBuilder().maximumSize(1_000).expireAfterWrite(ttl).build();
		this.months = Caffeine.newBuilder().expireAfterWrite(ttl).build();
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		String body = "User-agent: *\nDisallow: /newsroom/\nDisallow: /account/\nDisallow: /api/\n\nSitemap: "
				+ site.absolute("/sitemap.xml") + "\nSitemap: " + site.absolute("/news-sitemap.xml") + "\n";
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).cacheControl(hourly()).body(body);
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<byte[]> index() {
		return xml(files.get(key("index"), k -> {
			var xml = new XmlDocument("sitemapindex", SITEMAP);
			xml.start(SITEMAP, "sitemap").element(SITEMAP, "loc", site.absolute("/sitemap-pages.xml")).end();
			for (ArchiveMonth month : months()) {
				for (int part = 1; part <= parts(month); part++) {
					xml.start(SITEMAP, "sitemap")
						.element(SITEMAP, "loc", site.absolute(path(month.month(), part)))
						.element(SITEMAP, "lastmod", dates.iso(month.lastModified()))
						.end();
				}
			}
			return xml.bytes();
		}));
	}

	@GetMapping("/sitemap-pages.xml")
	ResponseEntity<byte[]> pages() {
		return xml(files.get(key("pages"), k -> {
			var xml = new XmlDocument("urlset", SITEMAP);
			xml.start(SITEMAP, "url").element(SITEMAP, "loc", site.absolute("/")).end();
			for (SectionRef section : catalog.sections()) {
				xml.start(SITEMAP, "url").element(SITEMAP, "loc", site.absolute(section.path())).end();
			}
			return xml.bytes();
		}));
	}

	@GetMapping("/sitemap-{year:\\d{4}}-{month:\\d{2}}.xml")
	ResponseEntity<byte[]> month(@PathVariable int year, @PathVariable int month) {
		return xml(monthFile(year, month, 1));
	}

	/**
	 * Further files of a month past {@value #MAX_URLS} articles; the first has no number.
	 */
	@GetMapping("/sitemap-{year:\\d{4}}-{month:\\d{2}}-{part:\\d{1,5}}.xml")
	ResponseEntity<byte[]> month(@PathVariable int year, @PathVariable int month, @PathVariable int part) {
		if (part < 2) {
			throw notFound();
		}
		return xml(monthFile(year, month, part));
	}

	private byte[] monthFile(int year, int month, int part) {
		if (month < 1 || month > 12) {
			throw notFound();
		}
		YearMonth wanted = YearMonth.of(year, month);
		byte[] file = files.get(key(path(wanted, part)), k -> {
			// The month's own query tells whether the file exists (no article there, or
			// none from this part on: a 404), not the list of months, which the index
			// alone reads.
			var xml = new XmlDocument("urlset", SITEMAP);
			int listed = catalog.eachPublishedIn(wanted, (long) (part - 1) * MAX_URLS, MAX_URLS,
					article -> xml.start(SITEMAP, "url")
						.element(SITEMAP, "loc", site.absolute(article.path()))
						.element(SITEMAP, "lastmod", dates.iso(article.lastModified()))
						.end());
			return listed == 0 ? null : xml.bytes();
		});
		if (file == null) {
			throw notFound();
		}
		return file;
	}

	@GetMapping("/news-sitemap.xml")
	ResponseEntity<byte[]> newsSitemap() {
		List<ArticleTeaser> recent = catalog.publishedSince(Instant.now().minus(2, ChronoUnit.DAYS));
		var xml = new XmlDocument("urlset", SITEMAP, "news", NEWS);
		for (ArticleTeaser teaser : recent.subList(0, Math.min(recent.size(), 1000))) {
			xml.start(SITEMAP, "url")
				.element(SITEMAP, "loc", site.absolute(teaser.path()))
				.start(NEWS, "news")
				.start(NEWS, "publication")
				.element(NEWS, "name", site.name())
				.element(NEWS, "language", site.locale().getLanguage())
				.end()
				.element(NEWS, "publication_date", dates.iso(teaser.publishedAt()))
				.element(NEWS, "title", teaser.headline())
				.end()
				.end();
		}
		return xml(xml.bytes());
	}

	/** Drops the built files once an article change is committed, not before. */
	@EventListener
	void on(ArticleChanged changed) {
		AfterCommit.run(() -> {
			months.invalidateAll();
			files.invalidateAll();
		});
	}

	/** The public address or the language changed: every file names them. */
	@EventListener
	void on(SiteSettingChanged changed) {
		AfterCommit.run(() -> {
			months.invalidateAll();
			files.invalidateAll();
		});
	}

	/** The same, for the same changes made on another node. */
	@EventListener
	void on(ChangedElsewhere change) {
		if (change.is(ArticleChanged.class) || change.is(SiteSettingChanged.class)) {
			months.invalidateAll();
			files.invalidateAll();
		}
	}

	/**
	 * A file's key, with the address and language it was built for: another node's admin
	 * may change them (org.kiosque.site.SavedSettings), which this node learns only by
	 * reading them.
	 */
	private String key(String file) {
		return site.absolute("") + " " + site.locale().toLanguageTag() + " " + file;
	}

	private List<ArchiveMonth> months() {
		return months.get("all", k -> catalog.archiveMonths());
	}

	/** How many files a month needs: its articles, {@value #MAX_URLS} a file. */
	static int parts(ArchiveMonth month) {
		return Math.max(1, (month.articles() + MAX_URLS - 1) / MAX_URLS);
	}

	static String path(YearMonth month, int part) {
		return "/sitemap-" + month + (part == 1 ? "" : "-" + part) + ".xml";
	}

	private static ResponseEntity<byte[]> xml(byte[] xml) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/xml;charset=UTF-8"))
			.cacheControl(hourly())
			.body(xml);
	}

	private static CacheControl hourly() {
		return CacheControl.maxAge(Duration.ofMinutes(15)).cachePublic();
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
