package org.kiosque.reading;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A period chosen in the newsroom's statistics, by whole days in the newsroom's time
 * zone, both ends included: {@code ?from=2026-11-01&to=2026-11-29}. Seven days to today
 * by default.
 */
record ReadingStatisticsPeriod(LocalDate from, LocalDate to, ZoneId zone) {

	static final int LONGEST_DAYS = 366;
	static final int DEFAULT_DAYS = 7;

	/**
	 * The period asked for, or empty when it makes no sense (unreadable, reversed, too
	 * long).
	 */
	static Optional<ReadingStatisticsPeriod> of(@Nullable String from, @Nullable String to, ZoneId zone, Instant now) {
		LocalDate today = LocalDate.ofInstant(now, zone);
		try {
			LocalDate end = to == null || to.isBlank() ? today : LocalDate.parse(to.strip());
			LocalDate start = from == null || from.isBlank() ? end.minusDays(DEFAULT_DAYS - 1)
					: LocalDate.parse(from.strip());
			if (end.isBefore(start) || ChronoUnit.DAYS.between(start, end) >= LONGEST_DAYS) {
				return Optional.empty();
			}
			return Optional.of(new ReadingStatisticsPeriod(start, end, zone));
		}
		catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}

	Instant start() {
		return from.atStartOfDay(zone).toInstant();
	}

	Instant end() {
		return to.plusDays(1).atStartOfDay(zone).toInstant();
	}

	/** The query string that asks for this period again. */
	String query() {
		return "from=" + from + "&to=" + to;
	}
}
