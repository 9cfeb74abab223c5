package org.kiosque.reading;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

/**
 * Most-read lists, from the hourly counts. A period of 24 hours is the current hour and
 * the 23 before it. The public lists ({@link #ranking}) are computed at most once per
 * {@code kiosque.reads.most-read-refresh} (60 s) per node, refreshed in the background;
 * the newsroom's questions ({@link #between}, {@link #hours}) go to the database.
 * <p>
 * Reading knows article ids, not articles: whoever shows a list keeps the published ones,
 * which is why {@link #ranking} may return more ids than will be shown.
 */
@Service
class MostRead {

	private static final Logger log = LoggerFactory.getLogger(MostRead.class);

	private final ReadRepository store;

	private final Clock clock;

	private final LoadingCache<Period, List<RankedArticle>> rankings;

	MostRead(ReadRepository store, Clock clock, ReadSettings settings) {
		this.store = store;
		this.clock = clock;
		this.rankings = Caffeine.newBuilder()
			.maximumSize(100)
			.refreshAfterWrite(settings.mostReadRefresh())
			.expireAfterWrite(settings.mostReadRefresh().multipliedBy(10))
			.build(new CacheLoader<Period, List<RankedArticle>>() {
				@Override
				public List<RankedArticle> load(Period p) {
					return store.ranking(since(p.length()), clock.instant().plus(1, ChronoUnit.HOURS), p.limit());
				}

				@Override
				public List<RankedArticle> reload(Period p, List<RankedArticle> old) {
					try {
						return load(p);
					}
					catch (DataAccessException e) {
						// Shutting down, or the database is away: the list we have is
						// good enough.
						log.debug("Most-read ranking kept: {}", e.getMessage());
						return old;
					}
				}
			});
	}

	/**
	 * The most read articles of the last {@code period} (whole hours), at most
	 * {@code limit}, most read first.
	 */
	public List<RankedArticle> ranking(Duration period, int limit) {
		return rankings.get(new Period(period, limit));
	}

	/**
	 * The most read articles between two instants (by the hour they were read in), most
	 * read first.
	 */
	public List<RankedArticle> between(Instant from, Instant to, int limit) {
		return store.ranking(from.truncatedTo(ChronoUnit.HOURS), to, limit);
	}

	/**
	 * An article's reads per hour between two instants; hours without reads are left out.
	 */
	public List<HourlyReads> hours(long articleId, Instant from, Instant to) {
		return store.hours(articleId, from.truncatedTo(ChronoUnit.HOURS), to);
	}

	private Instant since(Duration period) {
		long hours = Math.max(1, period.toHours());
		return clock.instant().truncatedTo(ChronoUnit.HOURS).minus(hours - 1, ChronoUnit.HOURS);
	}

	private record Period(Duration length, int limit) {
	}

}
