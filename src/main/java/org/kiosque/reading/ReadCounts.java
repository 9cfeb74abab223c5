package org.kiosque.reading;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exact read counts. Reads are gathered in memory on the request thread and added to the
 * database in one batch every second with atomic increments, so the article page never
 * writes to the database and several nodes add up correctly. A graceful shutdown flushes
 * what is left.
 */
@Service
public class ReadCounts implements SmartLifecycle {

	private final JdbcClient jdbc;
	private final Map<Long, LongAdder> pending = new ConcurrentHashMap<>();
	private volatile boolean running;

	ReadCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Opens an article's counter at {@code reads} (an imported page keeps its old count). */
	@Transactional
	public void startAt(long articleId, long reads) {
		int updated = jdbc.sql("UPDATE read_total SET reads = :reads WHERE article_id = :id")
			.param("reads", reads)
			.param("id", articleId)
			.update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO read_total (article_id, reads) VALUES (:id, :reads)")
				.param("id", articleId)
				.param("reads", reads)
				.update();
		}
	}

	/**
	 * Counts the request as a read of a published article's page, if it is one by the
	 * counting rules. Called on the request thread: it never touches the database.
	 */
	public void count(long articleId, HttpServletRequest request, HttpServletResponse response) {
		if ("GET".equals(request.getMethod())) {
			add(articleId);
		}
	}

	/** Counts one read; never touches the database. */
	public void add(long articleId) {
		pending.computeIfAbsent(articleId, id -> new LongAdder()).increment();
	}

	/** The total as the page shows it: what is stored plus what is still in memory. */
	public long total(long articleId) {
		long stored = jdbc.sql("SELECT reads FROM read_total WHERE article_id = :id")
			.param("id", articleId)
			.query(Long.class)
			.optional()
			.orElse(0L);
		LongAdder inMemory = pending.get(articleId);
		return stored + (inMemory == null ? 0 : inMemory.sum());
	}

	@Scheduled(fixedDelayString = "${kiosque.reads.flush-interval:PT1S}")
	public void flush() {
		for (Long id : pending.keySet()) {
			LongAdder adder = pending.get(id);
			long n = adder == null ? 0 : adder.sumThenReset();
			if (n > 0) {
				jdbc.sql("UPDATE read_total SET reads = reads + :n WHERE article_id = :id").param("n", n).param("id", id).update();
			}
		}
	}

	@Override
	public void start() {
		running = true;
	}

	@Override
	public void stop() {
		flush();
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}
}
