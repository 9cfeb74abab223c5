package org.kiosque.feed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEnclosureImpl;
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
import org.kiosque.web.AddressMoved;
import org.kiosque.media.Crop;
import org.kiosque.media.PictureRef;
import org.kiosque.media.Rendition;
import org.kiosque.site.SiteSettings;
import org.kiosque.site.CleanText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * RSS 2.0 and Atom feeds of the latest articles, for the whole paper and per section.
 * <p>
 * Every text goes through {@link CleanText#forXml} on its way in: ROME refuses characters
 * XML 1.0 does not allow, and one such character in one headline would otherwise fail the
 * whole feed. An entry that still cannot be made is left out rather than failing the
 * others. Entries are identified by {@link FeedIds}, which never change.
 */
@RestController
class Syndication {

	static final int ENTRIES = 30;

	private static final Logger log = LoggerFactory.getLogger(Syndication.class);

	private final ArticleCatalog catalog;

	private final SiteSettings site;

	private final FeedIds ids;

	Syndication(ArticleCatalog catalog, SiteSettings site, FeedIds ids) {
		this.catalog = catalog;
		this.site = site;
		this.ids = ids;
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
		// A renamed section's feed moved with it: readers' subscriptions follow the 301.
		SectionRef section = catalog.section(slug)
			.orElseThrow(() -> AddressMoved.orNotFound(slug, catalog.sectionMovedTo(slug)));
		return answer(feed("rss_2.0", section), "application/rss+xml");
	}

	private SyndFeed feed(String type, @Nullable SectionRef section) {
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType(type);
		feed.setTitle(xml(section == null ? site.name() : site.name() + " – " + section.name()));
		feed.setLink(xml(site.absolute(section == null ? "/" : section.path())));
		feed.setUri(feed.getLink());
		feed.setDescription(xml(site.tagline()));
		feed.setLanguage(site.locale().toLanguageTag());
		ArticlePage page = catalog.latest(section == null ? null : section.slug(), null, 1, ENTRIES);
		List<SyndEntry> entries = new ArrayList<>();
		for (ArticleTeaser teaser : page.items()) {
			try {
				entries.add(entry(teaser));
			}
			catch (RuntimeException e) {
				log.warn("Article {} left out of the feed: {}", teaser.id(), e.toString());
			}
		}
		feed.setEntries(entries);
		// The feed changed when its latest entry did: a new article or a correction.
		feed.setPublishedDate(page.items()
			.stream()
			.map(ArticleTeaser::lastModified)
			.max(Comparator.naturalOrder())
			.map(Date::from)
			.orElse(null));
		return feed;
	}

	private SyndEntry entry(ArticleTeaser teaser) {
		SyndEntry entry = new SyndEntryImpl();
		entry.setTitle(xml(teaser.headline()));
		entry.setLink(xml(site.absolute(teaser.path())));
		// guid (RSS) and id (Atom): permanent, unlike the link, which follows the
		// headline.
		entry.setUri(ids.of(teaser));
		entry.setPublishedDate(Date.from(teaser.publishedAt()));
		// Atom's updated: moved by a correction or an edit not marked minor, not by a
		// typo fixed, so readers are not shown the entry as new for nothing.
		entry.setUpdatedDate(Date.from(teaser.lastModified()));
		if (teaser.standfirst() != null) {
			var description = new SyndContentImpl();
			description.setType("text/plain");
			description.setValue(xml(teaser.standfirst()));
			entry.setDescription(description);
		}
		if (teaser.section() != null) {
			var category = new SyndCategoryImpl();
			category.setName(xml(teaser.section().name()));
			entry.setCategories(List.of(category));
		}
		if (teaser.source() != null) {
			entry.setAuthor(xml(teaser.source().name()));
		}
		PictureRef picture = teaser.image().picture();
		if (picture != null) {
			// The sharing card, as link previews show it: RSS <enclosure>, Atom
			// <link rel="enclosure">. Its size in bytes is not known before it is made:
			// 0, as the RSS Best Practices Profile asks then.
			var enclosure = new SyndEnclosureImpl();
			enclosure.setUrl(site.absolute(picture.widest(Crop.CARD).path()));
			enclosure.setType(Rendition.Format.JPEG.mediaType());
			enclosure.setLength(0);
			entry.setEnclosures(List.of(enclosure));
		}
		return entry;
	}

	private static String xml(@Nullable String text) {
		return CleanText.forXml(text);
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
