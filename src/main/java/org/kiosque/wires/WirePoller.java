package org.kiosque.wires;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Polls the sources that are due, on every node, each source by one node at a time: a
 * node claims a due source in {@code wire_poll} for {@code kiosque.wires.lease}, polls
 * it, and gives it back with its next time (the interval after a success; after failures
 * in a row, the interval doubled for each, up to {@code kiosque.wires.max-backoff}).
 * Every arrival is written to the ingest log; metrics {@code kiosque.wires.items} (by
 * source and outcome), {@code kiosque.wires.polls} (by source and result) and
 * {@code kiosque.wires.failing} (sources failing now).
 */
@Service
public class WirePoller {

	private static final Logger log = LoggerFactory.getLogger(WirePoller.class);

	private final WireSources sources;

	private final PollRepository polls;

	private final FeedPoll feeds;

	private final FolderPoll folders;

	private final Filing filing;

	private final IngestLog ingestLog;

	private final WireSettings settings;

	private final Clock clock;

	private final MeterRegistry meters;

	/** This node's name in the claims. */
	private final String node = UUID.randomUUID().toString().replace("-", "").substring(0, 16);

	WirePoller(WireSources sources, PollRepository polls, FeedPoll feeds, FolderPoll folders, Filing filing,
			IngestLog ingestLog, WireSettings settings, Clock clock, MeterRegistry meters) {
		this.sources = sources;
		this.polls = polls;
		this.feeds = feeds;
		this.folders = folders;
		this.filing = filing;
		this.ingestLog = ingestLog;
		this.settings = settings;
		this.clock = clock;
		this.meters = meters;
		Gauge.builder("kiosque.wires.failing", this, WirePoller::failingNow)
			.description("Active wire sources failing kiosque.wires.failing-after times in a row or more")
			.register(meters);
	}

	/**
	 * What one poll of a source did.
	 *
	 * @param polled false when another node holds the source (or it was not due)
	 * @param counts how many arrivals of each outcome
	 * @param error why the poll failed, {@code null} when it did not
	 */
	public record Report(boolean polled, Map<String, Integer> counts, @Nullable String error) {

		/** How many arrivals had this outcome ({@code created}, {@code duplicate}...). */
		public int count(String outcome) {
			return counts.getOrDefault(outcome, 0);
		}

	}

	/** Every {@code kiosque.wires.tick}, the due sources (scheduled jobs only). */
	@Scheduled(fixedDelayString = "${kiosque.wires.tick:15s}", initialDelayString = "${kiosque.wires.tick:15s}")
	void tick() {
		try {
			pollDue();
		}
		catch (RuntimeException e) {
			log.warn("Wire polling stopped short: {}", e.toString());
		}
	}

	/**
	 * Polls every active source that is due and that no other node holds.
	 * @return how many sources this node polled
	 */
	public int pollDue() {
		int polled = 0;
		for (WireSource source : sources.all()) {
			if (source.active() && poll(source, false).polled()) {
				polled++;
			}
		}
		return polled;
	}

	/**
	 * Polls one source now, due or not (an editor's button, a test), unless another node
	 * is polling it.
	 */
	public Report pollNow(String sourceKey) {
		Optional<WireSource> source = sources.find(sourceKey);
		if (source.isEmpty()) {
			return new Report(false, Map.of(), null);
		}
		return poll(source.get(), true);
	}

	private Report poll(WireSource source, boolean force) {
		Instant now = clock.instant();
		if (!polls.claim(source.key(), node, now, now.plus(settings.lease()), force)) {
			return new Report(false, Map.of(), null);
		}
		long start = System.nanoTime();
		Map<String, Integer> counts = new java.util.TreeMap<>();
		String result = "ok";
		try {
			PollRepository.State state = polls.find(source.key()).orElseThrow();
			String etag = null;
			String modified = null;
			if (source.kind() == WireSource.Kind.FEED) {
				FeedPoll.Read read = feeds.read(source, state.etag(), state.lastModified());
				etag = read.etag();
				modified = read.lastModified();
				if (read.notModified()) {
					result = "not-modified";
				}
				for (WireItem item : read.items()) {
					String entry = item.guid();
					try {
						for (Filing.Filed f : filing.file(source, List.of(item), Filing.PictureFiles.NONE)) {
							note(source, counts, f.outcome(), entry, f.identity(), f.articleId(), f.detail());
						}
					}
					catch (Filing.NotFiled notFiled) {
						note(source, counts, IngestLog.Outcome.FAILED, entry, item.identity(), null,
								notFiled.getMessage());
					}
				}
			}
			else {
				for (FolderPoll.FileDone file : folders.read(source)) {
					if (file.failed()) {
						note(source, counts, IngestLog.Outcome.FAILED, file.file(), "", null, file.failure());
					}
					for (Filing.Filed f : file.filed()) {
						note(source, counts, f.outcome(), file.file(), f.identity(), f.articleId(), f.detail());
					}
				}
			}
			polls.succeeded(source.key(), node, clock.instant(), clock.instant().plus(source.interval()), etag,
					modified);
			return new Report(true, counts, null);
		}
		catch (PollFailed failed) {
			result = "failed";
			int failures = polls.find(source.key()).map(PollRepository.State::failures).orElse(0) + 1;
			polls.failed(source.key(), node, clock.instant(),
					clock.instant().plus(backoff(source.interval(), failures)), failed.getMessage());
			log.warn("Wire source {} failed ({} in a row): {}", source.name(), failures, failed.getMessage());
			return new Report(true, counts, failed.getMessage());
		}
		catch (RuntimeException e) {
			result = "failed";
			polls.failed(source.key(), node, clock.instant(),
					clock.instant()
						.plus(backoff(source.interval(),
								1 + polls.find(source.key()).map(PollRepository.State::failures).orElse(0))),
					e.toString());
			log.warn("Wire source {} broke", source.name(), e);
			return new Report(true, counts, e.toString());
		}
		finally {
			Timer.builder("kiosque.wires.polls")
				.description("Polls of wire sources")
				.tag("source", source.name())
				.tag("result", result)
				.register(meters)
				.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
		}
	}

	/**
	 * The wait after {@code failures} failures in a row: the interval doubled each time,
	 * capped.
	 */
	Duration backoff(Duration interval, int failures) {
		Duration wait = interval;
		for (int i = 1; i < failures && wait.compareTo(settings.maxBackoff()) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(settings.maxBackoff()) > 0
				? settings.maxBackoff().compareTo(interval) > 0 ? settings.maxBackoff() : interval : wait;
	}

	private void note(WireSource source, Map<String, Integer> counts, IngestLog.Outcome outcome, String entry,
			String identity, @Nullable Long articleId, String detail) {
		ingestLog.add(source.key(), outcome, entry, identity, articleId, detail);
		counts.merge(outcome.word(), 1, Integer::sum);
		Counter.builder("kiosque.wires.items")
			.description("Wire items by what came of them")
			.tag("source", source.name())
			.tag("outcome", outcome.word())
			.register(meters)
			.increment();
	}

	private double failingNow() {
		try {
			Map<String, PollRepository.State> states = polls.all();
			return sources.all()
				.stream()
				.filter(WireSource::active)
				.map(s -> states.get(s.key()))
				.filter(s -> s != null && s.failures() >= settings.failingAfter())
				.count();
		}
		catch (RuntimeException e) {
			return Double.NaN;
		}
	}

}
