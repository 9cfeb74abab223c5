package org.kiosque.feed;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import org.jspecify.annotations.Nullable;
import org.kiosque.article.ArticleCatalog;
import org.kiosque.article.ArticlePage;
import org.kiosque.article.ArticleTeaser;
import org.kiosque.article.SectionRef;
import org.kiosque.site.SiteSettings;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** RSS 2.0 and Atom feeds of the latest articles, for the whole paper and per section. */
@RestController
class Syndication {

	static final int ENTRIES = 30;

	private final ArticleCatalog catalog;

	private final SiteSettings site;

	Syndication(ArticleCatalog catalog, SiteSettings site) {
		this.catalog = catalog;
		this.site = site;
	}

	@GetMapping(value = "/feed.xml")
	ResponseEntity<String> rss() {
		return answer(feed("rss_2.0", null), "application/rss+xml");
	}

	@GetMapping(value = "/feed.atom")
	ResponseEntity<String> atom() {
		return answer(feed("atom_1.0", null), "application/atom+xml");
	}

	@GetMapping(value = "/section/{slug}/feed.xml")
	ResponseEntity<String> sectionRss(@PathVariable String slug) {
		SectionRef section = catalog.section(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return answer(feed("rss_2.0", section), "application/rss+xml");
	}

	private SyndFeed feed(String type, @Nullable SectionRef section) {
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType(type);
		feed.setTitle(section == null ? site.name() : site.name() + " – " + section.name());
		feed.setLink(site.absolute(section == null ? "/" : section.path()));
		feed.setUri(feed.getLink());
		feed.setDescription(site.tagline());
		feed.setLanguage(site.locale().toLanguageTag());
		ArticlePage page = catalog.latest(section == null ? null : section.slug(), null, 1, ENTRIES);
		List<SyndEntry> entries = new ArrayList<>();
		for (ArticleTeaser teaser : page.items()) {
			entries.add(entry(teaser));
		}
		feed.setEntries(entries);
		feed.setPublishedDate(page.items().isEmpty() ? null : Date.from(page.items().getFirst().publishedAt()));
		return feed;
	}

	private SyndEntry entry(ArticleTeaser teaser) {
		SyndEntry entry = new SyndEntryImpl();
		entry.setTitle(teaser.headline());
		entry.setLink(site.absolute(teaser.path()));
		entry.setUri(entry.getLink());
		entry.setPublishedDate(Date.from(teaser.publishedAt()));
		entry.setUpdatedDate(Date.from(teaser.publishedAt()));
		if (teaser.standfirst() != null) {
			var description = new SyndContentImpl();
			description.setType("text/plain");
			description.setValue(teaser.standfirst());
			entry.setDescription(description);
		}
		if (teaser.section() != null) {
			var category = new SyndCategoryImpl();
			category.setName(teaser.section().name());
			entry.setCategories(List.of(category));
		}
		if (teaser.source() != null) {
			entry.setAuthor(teaser.source().name());
		}
		return entry;
	}

	private static ResponseEntity<String> answer(SyndFeed feed, String type) {
		try {
			return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(type + ";charset=UTF-8"))
				.cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
				.body(new SyndFeedOutput().outputString(feed));
		}
		catch (FeedException e) {
			throw new IllegalStateException("Cannot write the feed", e);
		}
	}

}
