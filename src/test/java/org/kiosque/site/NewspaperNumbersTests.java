package org.kiosque.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.util.Locale;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class NewspaperNumbersTests {

	private static NewspaperNumbers in(String language) {
		return new NewspaperNumbers(new SiteSettings("Kiosque", "", URI.create("http://localhost"), Locale.of(language),
				ZoneId.of("Europe/Paris")));
	}

	@Test
	void frenchGroupsThousandsWithANarrowNoBreakSpace() {
		NewspaperNumbers french = in("fr");
		assertThat(french.count(66)).isEqualTo("66");
		assertThat(french.count(1204)).isEqualTo("1\u202f204");
		assertThat(french.count(1_204_317)).isEqualTo("1\u202f204\u202f317");
	}

	@Test
	void englishGroupsThousandsWithAComma() {
		assertThat(in("en").count(1204)).isEqualTo("1,204");
	}

	@Test
	void everyCountReadsAsTheLanguagesOwnNumberFormatWritesIt() {
		for (String language : new String[] { "fr", "en" }) {
			NewspaperNumbers numbers = in(language);
			NumberFormat reference = NumberFormat.getIntegerInstance(Locale.of(language));
			LongStream
				.concat(LongStream.rangeClosed(-1100, 12_000),
						LongStream.of(99_999, 100_000, 999_999, 1_000_000, 123_456_789, Long.MAX_VALUE))
				.forEach(n -> assertThat(numbers.count(n)).as("%s %d", language, n).isEqualTo(reference.format(n)));
		}
	}

}
