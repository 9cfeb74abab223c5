package org.kiosque.reading;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An article's reads over a period, drawn as bars in server-rendered SVG (no script): one
 * bar per hour for periods up to three days, one per day beyond. Coordinates are computed
 * here so that the template only prints them.
 *
 * @param perHour true for hourly bars, false for daily ones
 * @param bars the bars, oldest first
 * @param ticks a few labels under the horizontal axis
 * @param max the highest bar's reads (the top of the vertical axis)
 * @param total the reads of the whole period
 */
public record ReadingStatisticsChart(boolean perHour, List<Bar> bars, List<Tick> ticks, long max, long total) {

	public static final int WIDTH = 720;

	public static final int HEIGHT = 260;

	public static final int LEFT = 56;

	public static final int RIGHT = 8;

	public static final int TOP = 12;

	public static final int BOTTOM = 36;

	private static final Duration HOURLY_UP_TO = Duration.ofDays(3);

	private static final int TICKS = 6;

	/** One bar: its box and what it says when pointed at. */
	public record Bar(double x, double y, double width, double height, long reads, String label) {
	}

	/** A label under the axis at {@code x}. */
	public record Tick(double x, String text) {
	}

	public int baseline() {
		return HEIGHT - BOTTOM;
	}

	public int right() {
		return WIDTH - RIGHT;
	}

	/**
	 * @param hours the article's reads per hour in the period (hours without reads
	 * absent)
	 * @param bucketName how a bucket is named: its first instant to text
	 */
	static ReadingStatisticsChart of(List<HourlyReads> hours, Instant start, Instant end, ZoneId zone,
			Function<Instant, String> bucketName) {
		boolean perHour = Duration.between(start, end).compareTo(HOURLY_UP_TO) <= 0;
		Map<Instant, Long> buckets = new LinkedHashMap<>();
		if (perHour) {
			for (Instant t = start.truncatedTo(ChronoUnit.HOURS); t.isBefore(end); t = t.plus(1, ChronoUnit.HOURS)) {
				buckets.put(t, 0L);
			}
			hours.forEach(h -> buckets.computeIfPresent(h.hour(), (k, v) -> v + h.reads()));
		}
		else {
			for (LocalDate d = LocalDate.ofInstant(start, zone); d.atStartOfDay(zone)
				.toInstant()
				.isBefore(end); d = d.plusDays(1)) {
				buckets.put(d.atStartOfDay(zone).toInstant(), 0L);
			}
			hours.forEach(h -> buckets.computeIfPresent(
					LocalDate.ofInstant(h.hour(), zone).atStartOfDay(zone).toInstant(), (k, v) -> v + h.reads()));
		}
		long max = buckets.values().stream().mapToLong(Long::longValue).max().orElse(0);
		long total = buckets.values().stream().mapToLong(Long::longValue).sum();
		double plotWidth = WIDTH - LEFT - RIGHT;
		double plotHeight = HEIGHT - TOP - BOTTOM;
		int n = Math.max(1, buckets.size());
		double step = plotWidth / n;
		double gap = step > 4 ? 1 : 0;
		List<Bar> bars = new ArrayList<>(n);
		List<Tick> ticks = new ArrayList<>();
		int tickEvery = Math.max(1, (int) Math.ceil(n / (double) TICKS));
		int i = 0;
		for (Map.Entry<Instant, Long> bucket : buckets.entrySet()) {
			double h = max == 0 ? 0 : plotHeight * bucket.getValue() / max;
			double x = LEFT + i * step;
			String name = bucketName.apply(bucket.getKey());
			bars.add(new Bar(round(x), round(TOP + plotHeight - h), round(step - gap), round(h), bucket.getValue(),
					name));
			if (i % tickEvery == 0) {
				ticks.add(new Tick(round(x + step / 2), name));
			}
			i++;
		}
		return new ReadingStatisticsChart(perHour, bars, ticks, max, total);
	}

	private static double round(double v) {
		return Math.round(v * 10) / 10.0;
	}
}
