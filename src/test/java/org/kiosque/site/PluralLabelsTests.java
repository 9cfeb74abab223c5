package org.kiosque.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.kiosque.support.LabelsIn;
import org.springframework.core.io.ClassPathResource;

/**
 * Every count is written with the words its number takes, by the plural rules of the
 * site's language (ICU, CLDR): in French 0 and 1 take the singular, in English only 1.
 */
class PluralLabelsTests {

	private final Labels french = LabelsIn.language("fr");

	private final Labels english = LabelsIn.language("en");

	@Test
	void theMostReadBoxSaysOneLectureNotOneLectures() {
		assertThat(french.count("reading.most-read.reads", 0)).isEqualTo("0 lecture");
		assertThat(french.count("reading.most-read.reads", 1)).isEqualTo("1 lecture");
		assertThat(french.count("reading.most-read.reads", 2)).isEqualTo("2 lectures");
		assertThat(french.count("reading.most-read.reads", 1000)).isEqualTo("1\u202f000 lectures");
		assertThat(english.count("reading.most-read.reads", 0)).isEqualTo("0 reads");
		assertThat(english.count("reading.most-read.reads", 1)).isEqualTo("1 read");
		assertThat(english.count("reading.most-read.reads", 2)).isEqualTo("2 reads");
		assertThat(english.count("reading.most-read.reads", 1000)).isEqualTo("1,000 reads");
	}

	@Test
	void theReadCounterLineFollowsItsCount() {
		assertThat(french.count("article.reads", 1)).isEqualTo("Nombre de lectures : 1 fois");
		assertThat(french.count("article.reads", 66)).isEqualTo("Nombre de lectures : 66 fois");
		assertThat(french.count("article.reads", 1204)).isEqualTo("Nombre de lectures : 1\u202f204 fois");
		assertThat(english.count("article.reads", 0)).isEqualTo("Read 0 times");
		assertThat(english.count("article.reads", 1)).isEqualTo("Read 1 time");
		assertThat(english.count("article.reads", 1204)).isEqualTo("Read 1,204 times");
	}

	@Test
	void aDeclaredWireSourceIsPolledEveryMinuteNotEveryOneMinutes() {
		assertThat(french.get("wiredesk.declared.explain", "AFP", "aucune", "aucun", "publiée", 1L))
			.endsWith("relevée chaque minute.");
		assertThat(french.get("wiredesk.declared.explain", "AFP", "aucune", "aucun", "publiée", 5L))
			.endsWith("relevée toutes les 5 minutes.");
		assertThat(english.get("wiredesk.declared.explain", "AFP", "none", "none", "published", 1L))
			.endsWith("polled every minute.");
		assertThat(english.get("wiredesk.declared.explain", "AFP", "none", "none", "published", 90L))
			.endsWith("polled every 90 minutes.");
	}

	@Test
	void commentsSearchesAndStatisticsCountTheirOwnWay() {
		assertThat(french.count("comment.count", 0)).isEqualTo("Aucun commentaire");
		assertThat(french.count("comment.count", 1)).isEqualTo("1 commentaire");
		assertThat(french.count("comment.count", 2)).isEqualTo("2 commentaires");
		assertThat(english.count("comment.count", 0)).isEqualTo("No comments");
		assertThat(english.count("comment.count", 1)).isEqualTo("1 comment");
		assertThat(french.count("search.count", 1, "oran")).isEqualTo("1 article trouvé pour « oran ».");
		assertThat(french.count("search.count", 1500, "oran")).isEqualTo("1\u202f500 articles trouvés pour « oran ».");
		assertThat(english.count("search.count", 1, "oran")).isEqualTo("1 article found for “oran”.");
		assertThat(french.count("reading.statistics.article.period", 1, "1 mai", "2 mai"))
			.isEqualTo("Du 1 mai au 2 mai : 1 lecture");
		assertThat(french.count("comment.digest.intro", 1, 0))
			.isEqualTo("1 nouveau commentaire depuis le dernier récapitulatif ; 0 en attente au total.");
		assertThat(english.count("comment.digest.intro", 2, 1))
			.isEqualTo("2 new comments since the last digest; 1 waiting in all.");
		assertThat(english.count("comment.queue.reports", 1)).isEqualTo("reported once");
		assertThat(french.count("account.sign-in.throttled", 1)).contains("réessayez dans 1 minute,");
	}

	/** The number in a count is written as the numbers elsewhere on the site. */
	@Test
	void countsGroupTheirDigitsLikeTheRestOfTheSite() {
		for (String language : List.of("fr", "en")) {
			Labels labels = LabelsIn.language(language);
			NewspaperNumbers numbers = new NewspaperNumbers(new SiteSettings("Kiosque", "", URI.create("http://x"),
					Locale.of(language), ZoneId.of("Europe/Paris")));
			LongStream.of(0, 1, 2, 999, 1000, 1204, 99_999, 1_000_000, 123_456_789)
				.forEach(n -> assertThat(labels.count("reading.most-read.reads", n)).as("%s %d", language, n)
					.startsWith(numbers.count(n) + " "));
		}
	}

	/**
	 * The kind, not the example: every label with a plural, in every bundle and both
	 * languages, formats 0, 1, 2, 1 000 and a million without error or leftover syntax.
	 */
	@Test
	void everyPluralLabelFormatsInBothLanguages() throws Exception {
		int plurals = 0;
		for (String base : bundles()) {
			Properties frenchTexts = load(base + ".properties");
			Properties englishTexts = load(base + "_en.properties");
			for (String key : frenchTexts.stringPropertyNames()) {
				if (!frenchTexts.getProperty(key).contains("plural,")) {
					continue;
				}
				plurals++;
				assertThat(englishTexts.getProperty(key)).as("%s in English", key).contains("plural,");
				for (Locale language : List.of(Locale.FRENCH, Locale.ENGLISH)) {
					String pattern = (language == Locale.FRENCH ? frenchTexts : englishTexts).getProperty(key);
					for (long n : new long[] { 0, 1, 2, 1000, 1_000_000 }) {
						Object[] args = { n, n, n, n, n, n, n, n };
						String text = new com.ibm.icu.text.MessageFormat(pattern,
								com.ibm.icu.util.ULocale.forLocale(language))
							.format(args);
						assertThat(text).as("%s %s %d", key, language, n).doesNotContain("{", "}", "#");
					}
				}
			}
		}
		assertThat(plurals).as("labels with plurals").isGreaterThan(25);
	}

	/** "commentaire(s)" is what a label without plural rules writes: none does. */
	@Test
	void noLabelHedgesItsPlural() throws Exception {
		for (String base : bundles()) {
			for (String file : List.of(base + ".properties", base + "_en.properties")) {
				Properties texts = load(file);
				texts.stringPropertyNames()
					.forEach(key -> assertThat(texts.getProperty(key)).as("%s %s", file, key)
						.doesNotContain("(s)", "(x)", "(es)", "(e)s", "(e)"));
			}
		}
	}

	private static List<String> bundles() {
		List<String> all = new ArrayList<>(LabelsIn.basenames());
		all.add("messages/cli-help");
		return all;
	}

	private static Properties load(String path) throws Exception {
		Properties properties = new Properties();
		try (var in = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}

}
