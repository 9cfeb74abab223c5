package org.kiosque.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.kiosque.article.ArchiveStretch;
import org.kiosque.article.ArticleCatalog;
import org.kiosque.article.ArticleChanged;
import org.kiosque.article.PublishedArticle;
import org.kiosque.site.AfterCommit;
import org.kiosque.site.ChangeFollower;
import org.kiosque.site.ChangeLog;
import org.kiosque.site.ChangeSettings;
import org.kiosque.site.DataDirectory;
import org.kiosque.site.LoggedChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Full-text search over published articles. The index lives in the server only (one-shot
 * commands run beside a server that holds the index's write lock): each node keeps its
 * own and follows the database's change log ({@link ChangeLog}), where every article
 * change is written in its own transaction, whichever node or command made it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kiosque.command", havingValue = "false", matchIfMissing = true)
class Search {

	private static final Logger log = LoggerFactory.getLogger(Search.class);

	/** Rows of the change log read, and articles loaded, at a time. */
	static final int BATCH = 500;

	@Bean(destroyMethod = "destroy")
	ArticleIndex articleIndex(DataDirectory data) {
		return new ArticleIndex(data);
	}

	@Bean
	Indexer indexer(ArticleIndex index, ArticleCatalog catalog, ChangeLog changes, ChangeSettings changeSettings,
			SearchSettings settings) {
		return new Indexer(index, catalog, changes, changeSettings, settings);
	}

	/**
	 * Keeps the index in step with what the public may see, on a thread of its own (so
	 * that searches never wait for it, and whatever {@code kiosque.scheduling.enabled}
	 * says): at start it reads the change log from the position the index's last commit
	 * recorded; then every {@code kiosque.changes.poll-interval}, and at once after a
	 * change made on this node, it indexes the articles of the new rows anew (or removes
	 * them); every {@code kiosque.search.commit-interval} it commits. It rebuilds the
	 * whole index only when the index is missing or unreadable, when the log no longer
	 * holds what the index missed (pruned after {@code kiosque.changes.retention}), or
	 * when asked ({@link SearchRebuildAsked}); a rebuild cut short (the node stopped,
	 * killed, or the database unreachable) goes on where its last commit left it.
	 */
	static class Indexer implements SmartLifecycle {

		private final ArticleIndex index;

		private final ArticleCatalog catalog;

		private final ChangeLog changes;

		private final ChangeSettings changeSettings;

		private final SearchSettings settings;

		private volatile ScheduledExecutorService thread;

		/** Touched on {@link #thread} only. */
		private ChangeFollower follower;

		/** The position last given to the index. */
		private long moved = -1;

		/** Rebuild requests up to this row are met by the last rebuild. */
		private long rebuiltThrough;

		private final AtomicLong followed = new AtomicLong();

		private final AtomicInteger rebuilds = new AtomicInteger();

		private final AtomicLong rebuilt = new AtomicLong();

		/** Set by {@link #stop()}: a rebuild under way commits where it is and ends. */
		private volatile boolean stopping;

		Indexer(ArticleIndex index, ArticleCatalog catalog, ChangeLog changes, ChangeSettings changeSettings,
				SearchSettings settings) {
			this.index = index;
			this.catalog = catalog;
			this.changes = changes;
			this.changeSettings = changeSettings;
			this.settings = settings;
		}

		@Override
		public void start() {
			ScheduledExecutorService started = Executors
				.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("search-indexer").daemon().factory());
			thread = started;
			started.execute(this::catchUp);
			long poll = changeSettings.pollInterval().toMillis();
			started.scheduleWithFixedDelay(this::follow, poll, poll, TimeUnit.MILLISECONDS);
			long commit = settings.commitInterval().toMillis();
			started.scheduleWithFixedDelay(this::commit, commit, commit, TimeUnit.MILLISECONDS);
		}

		/**
		 * The index reads on from its position, or is rebuilt when it has none or the log
		 * was pruned past it.
		 */
		void catchUp() {
			try {
				Optional<LogPosition> position = index.position();
				Optional<Rebuilding> unfinished = index.unfinished();
				if (unfinished.isPresent()) {
					LogPosition from = unfinished.get().from();
					// At 0 (the log had no settled row when the rebuild began) only the
					// data directory ties the rebuild to this database, as for any index.
					if (from.seq() <= changes.latest() && changes.fingerprint(from.seq()).equals(from.row())
							&& !changes.prunedAfter(from.seq())) {
						rebuild("going on with a rebuild cut short", unfinished.get());
					}
					else {
						rebuild("a rebuild cut short, whose start the change log no longer holds");
					}
				}
				else if (position.isEmpty() || position.get().seq() == 0) {
					// At 0, nothing tells this database's log from another's: cheap to
					// rebuild, since the log was empty when the index was made.
					rebuild("no index");
				}
				else if (position.get().seq() > changes.latest()
						|| !changes.fingerprint(position.get().seq()).equals(position.get().row())) {
					rebuild("the index follows another database's change log, or the row it stands at is gone");
				}
				else if (changes.prunedAfter(position.get().seq())) {
					rebuild("the change log no longer holds what the index missed");
				}
				else {
					follower = new ChangeFollower(changes, position.get().seq(), BATCH);
					long started = System.nanoTime();
					long before = followed.get();
					follow();
					log.info("Search index caught up from the change log: {} articles in {} ms",
							followed.get() - before, (System.nanoTime() - started) / 1_000_000);
				}
			}
			catch (RuntimeException e) {
				log.warn("Search index not brought up to date, tried again at the next poll: {}", e.toString());
			}
		}

		/** Applies the log's new rows; a failure waits for the next poll. */
		void follow() {
			try {
				if (follower == null) {
					catchUp();
					return;
				}
				List<LoggedChange> rows;
				do {
					rows = follower.next();
					Set<Long> articles = new LinkedHashSet<>();
					for (LoggedChange row : rows) {
						if (row.is(SearchRebuildAsked.class) && row.seq() > rebuiltThrough) {
							rebuild("asked");
							return;
						}
						if (row.is(ArticleChanged.class)) {
							articles.add(Long.parseLong(row.subject()));
						}
					}
					reindex(List.copyOf(articles));
					moveTo(follower.position());
				}
				while (rows.size() == follower.batch());
			}
			catch (RuntimeException e) {
				log.warn("Search index not brought up to date, tried again at the next poll: {}", e.toString());
			}
		}

		/** Records the position, with what its row holds, when it moved. */
		private void moveTo(long seq) {
			if (seq != moved) {
				index.moveTo(new LogPosition(seq, changes.fingerprint(seq)));
				moved = seq;
			}
		}

		/** Indexes the articles anew, or removes those no longer published. */
		private void reindex(List<Long> ids) {
			if (ids.isEmpty()) {
				return;
			}
			Set<Long> gone = new LinkedHashSet<>(ids);
			for (PublishedArticle article : catalog.published(ids)) {
				index.put(article);
				gone.remove(article.id());
			}
			gone.forEach(index::remove);
			followed.addAndGet(ids.size());
		}

		/**
		 * Rebuilds the index from the published articles; the log is then read from a
		 * position taken before the walk, so that no change made meanwhile is missed
		 * (some are applied twice, harmlessly).
		 */
		private void rebuild(String why) {
			long from = changes.settled();
			rebuild(why, new Rebuilding(new LogPosition(from, changes.fingerprint(from)), changes.latest(), 0));
		}

		/**
		 * Walks the archive by id from {@code start.after()} (keyset on the primary key,
		 * never an offset, {@code kiosque.search.rebuild-batch} ids at a time),
		 * committing every {@code kiosque.search.commit-interval} with how far it got:
		 * the cost of a page is the same at the millionth article as at the first, and a
		 * rebuild cut short goes on from its last commit. A node that stops meanwhile
		 * commits and leaves the rest to its next start.
		 */
		private void rebuild(String why, Rebuilding start) {
			long started = System.nanoTime();
			follower = null; // until finished: a failure comes back here through catchUp
			rebuiltThrough = start.asked();
			index.startRebuild(start);
			long commitEvery = settings.commitInterval().toNanos();
			long nextCommit = started + commitEvery;
			long after = start.after();
			int count = 0;
			ArchiveStretch stretch;
			while (!(stretch = catalog.publishedAfter(after, settings.rebuildBatch())).end()) {
				index.addToRebuild(stretch);
				after = stretch.lastId();
				count += stretch.articles().size();
				rebuilt.addAndGet(stretch.articles().size());
				if (stopping) {
					index.commit();
					log.info("Search index rebuild stopped after id {} ({} articles); the next start goes on", after,
							count);
					return;
				}
				if (System.nanoTime() - nextCommit >= 0) {
					index.commit();
					nextCommit = System.nanoTime() + commitEvery;
					log.info("Search index rebuild ({}): {} articles so far, up to id {}, {}/s", why, count, after,
							rate(count, started));
				}
			}
			index.finishRebuild();
			moved = start.from().seq();
			follower = new ChangeFollower(changes, moved, BATCH);
			rebuilds.incrementAndGet();
			log.info("Search index rebuilt ({}): {} articles in {} ms ({}/s)", why, count,
					(System.nanoTime() - started) / 1_000_000, rate(count, started));
		}

		private static long rate(int count, long startedNanos) {
			return count * 1_000_000_000L / Math.max(1, System.nanoTime() - startedNanos);
		}

		/**
		 * Changes reach the disk on this timer (and at shutdown), not one fsync per
		 * change.
		 */
		private void commit() {
			try {
				index.commit();
			}
			catch (RuntimeException e) {
				log.warn("Search index not committed: {}", e.toString());
			}
		}

		/**
		 * A change made on this node is searchable here at once, not at the next poll:
		 * its row is committed with it.
		 */
		@EventListener
		void on(ArticleChanged changed) {
			AfterCommit.run(() -> {
				ScheduledExecutorService running = thread;
				if (running != null) {
					try {
						running.execute(this::follow);
					}
					catch (RejectedExecutionException e) {
						// Stopping: the next start reads the row.
					}
				}
			});
		}

		/** Articles indexed or removed from the change log's rows since start. */
		long followed() {
			return followed.get();
		}

		/**
		 * Articles added by whole rebuilds since start (by the part a rebuild cut short
		 * had left, when it went on).
		 */
		long rebuiltArticles() {
			return rebuilt.get();
		}

		/** Whole rebuilds since start. */
		int rebuilds() {
			return rebuilds.get();
		}

		/**
		 * Stops following; the index itself is committed and closed after, with the
		 * position reached ({@link ArticleIndex#destroy}).
		 */
		@Override
		public void stop() {
			stopping = true;
			ScheduledExecutorService running = thread;
			thread = null;
			if (running != null) {
				running.shutdown();
				try {
					running.awaitTermination(10, TimeUnit.SECONDS);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
		}

		@Override
		public boolean isRunning() {
			return thread != null;
		}

	}

}
