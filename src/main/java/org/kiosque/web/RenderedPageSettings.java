package org.kiosque.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The node's own short-lived copies of public pages ({@code kiosque.cache.rendered.*}),
 * served to readers who are not signed in without making the page again.
 *
 * @param ttl how long a copy is served before it is made again; 0 turns the copies off.
 * Short, because the page shows a live read count
 * @param stale how long past {@code ttl} other readers still get the old copy while one
 * request makes the new one, so that no reader waits for it
 * @param maxSize the memory all copies may take together, plain and gzipped (the least
 * used go first)
 * @param maxPageSize a bigger page is served but never kept
 */
@ConfigurationProperties("kiosque.cache.rendered")
record RenderedPageSettings(@DefaultValue("1s") Duration ttl, @DefaultValue("2s") Duration stale,
		@DefaultValue("16MB") DataSize maxSize, @DefaultValue("512KB") DataSize maxPageSize) {

	boolean enabled() {
		return ttl.isPositive();
	}
}
