package org.kiosque.site;

import java.time.Duration;
import java.util.List;
import java.util.TreeSet;

/**
 * A reader of the change log ({@link ChangeLog}) that hands out each row once, in the
 * order rows become visible, and knows a position before which it has seen everything.
 * <p>
 * Numbers are taken when a row is written, not when its transaction commits, so row 41
 * may become visible after row 42. The position therefore stops before a missing number
 * (rows after it are handed out meanwhile, once each) until the row shows up or
 * {@link ChangeLog#SETTLING} has passed (its transaction rolled back). Reading again from
 * the position never loses a row. One thread at a time.
 */
public final class ChangeFollower {

	/** Where rows come from: {@link ChangeLog#after}. */
	interface Rows {

		List<LoggedChange> after(long seq, int limit);

	}

	private final Rows log;

	private final int batch;

	private final long settlingNanos;

	private long position;

	/** Rows handed out after the position. */
	private final TreeSet<Long> seen = new TreeSet<>();

	/** When the missing number after the position was first noticed; -1 for none. */
	private long gapSince = -1;

	/**
	 * @param position every row up to this one is taken as seen
	 * @param batch how many rows one {@link #next()} reads at most
	 */
	public ChangeFollower(ChangeLog log, long position, int batch) {
		this(log::after, position, batch, ChangeLog.SETTLING);
	}

	ChangeFollower(Rows log, long position, int batch, Duration settling) {
		this.log = log;
		this.position = position;
		this.batch = batch;
		this.settlingNanos = settling.toNanos();
	}

	/**
	 * The rows not handed out yet, oldest first; fewer than the batch when the log has no
	 * more for now.
	 */
	public synchronized List<LoggedChange> next() {
		List<LoggedChange> rows = log.after(position, batch);
		List<LoggedChange> fresh = rows.stream().filter(row -> seen.add(row.seq())).toList();
		advance();
		return fresh;
	}

	/** How many rows one {@link #next()} reads at most. */
	public int batch() {
		return batch;
	}

	/** Every row up to this one has been handed out, or given up as rolled back. */
	public synchronized long position() {
		return position;
	}

	private void advance() {
		while (!seen.isEmpty()) {
			long first = seen.first();
			if (first == position + 1) {
				seen.pollFirst();
				position = first;
				gapSince = -1;
				continue;
			}
			long now = System.nanoTime();
			if (gapSince < 0) {
				gapSince = now;
				return;
			}
			if (now - gapSince < settlingNanos) {
				return;
			}
			// Given up: the missing rows' transactions rolled back.
			position = first - 1;
			gapSince = -1;
		}
	}

}
