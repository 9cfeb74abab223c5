package org.kiosque.site;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Dates as the newspaper prints them: {@code samedi 24 janvier 2026 à 14 h 30},
 * {@code 1er mai 2026} for the first of a month; in English
 * {@code Saturday 24 January 2026, 14:30}. Always in the site's time zone.
 */
@Component
public class NewspaperDates {

	private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private final SiteSettings site;

	public NewspaperDates(SiteSettings site) {
		this.site = site;
	}

	public ZonedDateTime local(Instant instant) {
		return instant.atZone(site.timeZone());
	}

	/** The day, without the time: {@code samedi 24 janvier 2026}. */
	public String day(Instant instant) {
		ZonedDateTime t = local(instant);
		return t.getDayOfWeek().getDisplayName(TextStyle.FULL, site.locale()) + " " + date(instant);
	}

	/**
	 * The date without the day of the week, as a line that already says "du" or "le"
	 * prints it: {@code 30 novembre 2026}, {@code 1er mai 2026};
	 * {@code 30 November 2026}.
	 */
	public String date(Instant instant) {
		ZonedDateTime t = local(instant);
		Locale locale = site.locale();
		String month = t.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale);
		if (site.english()) {
			return t.getDayOfMonth() + " " + month + " " + t.getYear();
		}
		String dayOfMonth = t.getDayOfMonth() == 1 ? "1er" : String.valueOf(t.getDayOfMonth());
		return dayOfMonth + " " + month + " " + t.getYear();
	}

	/** The day and the time of day: {@code samedi 24 janvier 2026 à 14 h 30}. */
	public String dayAndTime(Instant instant) {
		ZonedDateTime t = local(instant);
		if (site.english()) {
			return day(instant) + ", " + String.format("%02d:%02d", t.getHour(), t.getMinute());
		}
		return day(instant) + " à " + t.getHour() + " h " + String.format("%02d", t.getMinute());
	}

	/**
	 * Machine-readable, for {@code <time datetime>} and APIs: ISO-8601 with the offset,
	 * to the second (HTML allows at most three digits of a fraction of a second; nobody
	 * needs them).
	 */
	public String iso(Instant instant) {
		return ISO.format(local(instant).truncatedTo(ChronoUnit.SECONDS));
	}

}
