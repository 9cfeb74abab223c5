package org.kiosque.reading;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How reads are counted ({@code kiosque.reads.*}); docs/settings.md lists them all.
 *
 * @param mode {@code page}: the article page counts itself; {@code beacon}: a 1-pixel
 * image on the page counts (for sites behind a page cache or CDN)
 * @param flushInterval how often counts gathered in memory are added to the database
 * @param repeatWindow a reader opening the same article again within this time is not
 * counted again ({@code 0}: every opening counts)
 * @param readerCookie the cookie that holds the articles a reader was counted for within
 * the repeat window (ids and times, nothing else); it lives as long as the window
 * @param readsPerReader the most articles that cookie remembers (beyond it the oldest go,
 * and a repeat of those counts again)
 * @param skipBots robots, by User-Agent, are not counted
 * @param extraBotPatterns more User-Agent regular expressions to treat as robots
 * @param skipPrefetch prefetch and prerender requests are not counted
 * @param skipStaff staff (contributors, editors, administrators) are not counted
 * @param countHead HEAD requests count too (they carry no page to read)
 * @param mostReadRefresh how long a most-read ranking is kept before it is computed again
 * @param idleAfter an article not read for this long leaves the in-memory view of totals
 */
@ConfigurationProperties("kiosque.reads")
record ReadSettings(@DefaultValue("page") CountingMode mode, @DefaultValue("1s") Duration flushInterval,
		@DefaultValue("30m") Duration repeatWindow, @DefaultValue("kq_r") String readerCookie,
		@DefaultValue("40") int readsPerReader, @DefaultValue("true") boolean skipBots,
		@DefaultValue List<String> extraBotPatterns, @DefaultValue("true") boolean skipPrefetch,
		@DefaultValue("true") boolean skipStaff, @DefaultValue("false") boolean countHead,
		@DefaultValue("60s") Duration mostReadRefresh, @DefaultValue("10m") Duration idleAfter) {

	/**
	 * Checks the operator's robot patterns at start: the matcher compiles a pattern only
	 * when first needed, where a mistake would fail a reader's request instead.
	 * @throws IllegalArgumentException naming the first pattern that is not a Java
	 * regular expression
	 */
	ReadSettings {
		for (String pattern : extraBotPatterns) {
			try {
				Pattern.compile(pattern);
			}
			catch (PatternSyntaxException ex) {
				// Not chained: Spring Boot's start failure report would show the cause
				// alone, without the setting's name.
				throw new IllegalArgumentException("kiosque.reads.extra-bot-patterns: '" + pattern
						+ "' is not a regular expression (" + ex.getDescription() + " at index " + ex.getIndex() + ")");
			}
		}
	}

	/** Where a read is counted. */
	enum CountingMode {

		/** The article page counts itself when it is served. */
		PAGE,
		/** The page carries {@code <img src="/r/{id}.gif">}; that request counts. */
		BEACON

	}
}
