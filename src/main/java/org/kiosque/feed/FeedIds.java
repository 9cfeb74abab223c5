package org.kiosque.feed;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.kiosque.article.ArticleTeaser;
import org.kiosque.site.SiteSettings;
import org.springframework.stereotype.Component;

/**
 * The permanent identity of an article in feeds: the RSS {@code <guid>} and the Atom
 * {@code <id>}. Feed readers show an entry again when its identity changes, so it is made
 * only of what no editor can change: a {@code tag:} URI (RFC 4151) with the site's host,
 * the day the article was first written (the tag's date, on which the site owned its
 * host) and the article's id, such as {@code tag:example.org,2026-01-24:article:42}.
 * Headlines, slugs and publication times may all change; the id stays.
 */
@Component
class FeedIds {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

	private final SiteSettings site;

	FeedIds(SiteSettings site) {
		this.site = site;
	}

	String of(ArticleTeaser article) {
		String host = site.baseUrl().getHost() == null ? "localhost" : site.baseUrl().getHost();
		return "tag:" + host + "," + DAY.format(article.createdAt()) + ":article:" + article.id();
	}

}
