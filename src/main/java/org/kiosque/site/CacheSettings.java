package org.kiosque.site;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Caches shared by features: {@code kiosque.cache.*} (pages have their own,
 * {@code kiosque.cache.pages.*} and {@code kiosque.cache.rendered.*}).
 *
 * @param articleTtl how long a node keeps published articles, their ids and the most-read
 * box in memory before reading them again; an edit shows on every node within this time
 * @param sitemapTtl how long a node keeps a built sitemap file; {@code 0s} builds it on
 * every request
 * @param settingsTtl how long a node keeps the settings admins saved in the newsroom
 * before reading them again; a change saved on another node shows within this time
 * @param articles how many articles a node keeps at most (by slug and by id, with their
 * authors and related lists): a bound on the heap they take, about 20 KB each, when
 * readers or crawlers ask for many different articles within {@code articleTtl}
 */
@ConfigurationProperties("kiosque.cache")
public record CacheSettings(@DefaultValue("30s") Duration articleTtl, @DefaultValue("15m") Duration sitemapTtl,
		@DefaultValue("1s") Duration settingsTtl, @DefaultValue("1000") int articles) {
}
