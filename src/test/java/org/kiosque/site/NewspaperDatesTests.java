package org.kiosque.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Dates the way the paper prints them, with and without the day of the week. */
class NewspaperDatesTests {

	private static NewspaperDates in(String language) {
		return new NewspaperDates(new SiteSettings("Kiosque", "", URI.create("http://localhost"), Locale.of(language),
				ZoneId.of("Europe/Paris")));
	}

	@Test
	void aDateWithoutItsWeekdayReadsAsFrenchWritesIt() {
		NewspaperDates french = in("fr");
		assertThat(french.date(Instant.parse("2026-11-30T09:12:00Z"))).isEqualTo("30 novembre 2026");
		// Just past midnight in Paris on the first is still the 30th in UTC: the site's
		// zone decides, and the first of a month is "1er".
		assertThat(french.date(Instant.parse("2026-04-30T22:30:00Z"))).isEqualTo("1er mai 2026");
		assertThat(french.day(Instant.parse("2026-01-24T13:30:00Z"))).isEqualTo("samedi 24 janvier 2026");
		assertThat(french.dayAndTime(Instant.parse("2026-11-30T09:12:00Z")))
			.isEqualTo("lundi 30 novembre 2026 à 10 h 12");
	}

	@Test
	void englishHasNoOrdinalAndTheMonthCapitalised() {
		NewspaperDates english = in("en");
		assertThat(english.date(Instant.parse("2026-04-30T22:30:00Z"))).isEqualTo("1 May 2026");
		assertThat(english.day(Instant.parse("2026-01-24T13:30:00Z"))).isEqualTo("Saturday 24 January 2026");
	}

}
