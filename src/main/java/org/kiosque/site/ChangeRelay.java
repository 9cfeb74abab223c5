package org.kiosque.site;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Tells this node what the others changed: every {@code kiosque.changes.poll-interval} it
 * reads the change log's new rows and publishes, for those written by other nodes, one
 * {@link ChangedElsewhere} per kind; once an hour it deletes the rows older than
 * {@code kiosque.changes.retention}. In the server only (a command writes rows, keeps no
 * copies), and on its own thread, whatever {@code kiosque.scheduling.enabled} says: a
 * node that runs no background job still serves pages.
 */
@Component
@ConditionalOnProperty(name = "kiosque.command", havingValue = "false", matchIfMissing = true)
class ChangeRelay implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ChangeRelay.class);

	private static final int BATCH = 500;

	private static final Duration PRUNING = Duration.ofHours(1);

	private final ChangeLog changes;

	private final ChangeSettings settings;

	private final ApplicationEventPublisher events;

	private volatile ScheduledExecutorService thread;

	private ChangeFollower follower;

	ChangeRelay(ChangeLog changes, ChangeSettings settings, ApplicationEventPublisher events) {
		this.changes = changes;
		this.settings = settings;
		this.events = events;
	}

	@Override
	public void start() {
		// Nothing is kept yet: what changed before now needs no telling.
		follower = new ChangeFollower(changes, changes.settled(), BATCH);
		thread = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("change-relay").daemon().factory());
		long every = settings.pollInterval().toMillis();
		thread.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
		thread.scheduleWithFixedDelay(this::prune, PRUNING.toMinutes(), PRUNING.toMinutes(), TimeUnit.MINUTES);
	}

	/** Reads until the log has nothing new; a failure waits for the next poll. */
	void poll() {
		try {
			List<LoggedChange> rows;
			do {
				rows = follower.next();
				Map<String, Set<String>> heard = new LinkedHashMap<>();
				for (LoggedChange row : rows) {
					if (!row.node().equals(changes.node())) {
						heard.computeIfAbsent(row.kind(), k -> new LinkedHashSet<>()).add(row.subject());
					}
				}
				heard
					.forEach((kind, subjects) -> events.publishEvent(new ChangedElsewhere(kind, Set.copyOf(subjects))));
			}
			while (rows.size() == follower.batch());
		}
		catch (RuntimeException e) {
			log.warn("Change log not read: {}", e.toString());
		}
	}

	private void prune() {
		try {
			int gone = changes.prune(settings.retention());
			log.debug("Change log: {} rows older than {} deleted", gone, settings.retention());
		}
		catch (RuntimeException e) {
			log.warn("Change log not pruned: {}", e.toString());
		}
	}

	@Override
	public void stop() {
		ScheduledExecutorService running = thread;
		if (running != null) {
			running.shutdownNow();
			thread = null;
		}
	}

	@Override
	public boolean isRunning() {
		return thread != null;
	}

}
