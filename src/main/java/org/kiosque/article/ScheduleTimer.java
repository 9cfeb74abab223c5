package org.kiosque.article;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.SchedulingSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs {@link PublicationSchedule#publishDue} at start, which catches up what came due
 * while no node was running, then every {@code kiosque.schedule.publish-check}, in the
 * server only ({@code kiosque.scheduling.enabled}).
 * <p>
 * On a thread of its own rather than as a {@code @Scheduled} method: with virtual threads
 * on, Spring's scheduler runs every fixed-delay job on one single thread, so a long
 * search rebuild, a morning edition being queued or a mail server that hangs would hold
 * the publication of scheduled articles past its 60 s.
 */
@Component
class ScheduleTimer implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ScheduleTimer.class);

	private final PublicationSchedule schedule;

	private final ScheduleSettings settings;

	private final SchedulingSettings scheduling;

	private final Object lifecycle = new Object();

	private @Nullable ScheduledExecutorService timer;

	ScheduleTimer(PublicationSchedule schedule, ScheduleSettings settings, SchedulingSettings scheduling) {
		this.schedule = schedule;
		this.settings = settings;
		this.scheduling = scheduling;
	}

	@Override
	public void start() {
		synchronized (lifecycle) {
			if (timer != null || !scheduling.enabled()) {
				return;
			}
			var executor = new ScheduledThreadPoolExecutor(1,
					Thread.ofPlatform().name("scheduled-publication").daemon().factory());
			executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
			// First check at once: articles whose time passed while this node was down.
			executor.scheduleWithFixedDelay(this::check, 0, settings.publishCheck().toNanos(), TimeUnit.NANOSECONDS);
			timer = executor;
		}
	}

	@Override
	public void stop() {
		ScheduledExecutorService executor;
		synchronized (lifecycle) {
			executor = timer;
			timer = null;
		}
		if (executor != null) {
			// A check under way finishes: each article is its own transaction, so even a
			// cut one leaves every article published or still scheduled, never half.
			executor.shutdown();
			try {
				executor.awaitTermination(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		synchronized (lifecycle) {
			return timer != null;
		}
	}

	private void check() {
		try {
			schedule.publishDue();
		}
		catch (RuntimeException e) {
			// An exception would cancel every later run of a fixed-delay task.
			log.warn("Scheduled articles could not be checked; trying again in {}", settings.publishCheck(), e);
		}
	}

}
