package org.kiosque.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The robot list recognises the robots it names, and not the browsers readers use. */
class BotListTests {

	static final List<String> BROWSERS = List.of(
			"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36",
			"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Safari/537.36 Edg/139.0.0.0",
			"Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:142.0) Gecko/20100101 Firefox/142.0",
			"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Safari/605.1.15",
			"Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1",
			"Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Mobile Safari/537.36",
			"Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/27.0 Chrome/125.0.0.0 Mobile Safari/537.36",
			"Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
			"Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/139.0.7258.76 Mobile/15E148 Safari/604.1",
			"Opera/9.80 (Windows NT 6.1; U; fr) Presto/2.10.289 Version/12.02");

	final BotFilter filter = new BotFilter(settings(List.of()));

	@Test
	void everyRobotOfTheListIsRecognised() {
		List<String> robots = instances();
		assertThat(robots).hasSizeGreaterThan(1000);
		assertThat(robots).allSatisfy(ua -> assertThat(filter.isBot(ua)).as(ua).isTrue());
	}

	@Test
	void browsersAreReaders() {
		assertThat(BROWSERS).allSatisfy(ua -> assertThat(filter.isBot(ua)).as(ua).isFalse());
	}

	@Test
	void linkPreviewersAndMonitorsAreRobots() {
		assertThat(List.of("facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
				"Twitterbot/1.0", "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)", "WhatsApp/2.23.20.0",
				"TelegramBot (like TwitterBot)", "Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)",
				"Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)",
				"Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)", "curl/8.5.0", "python-requests/2.32.3",
				"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/140.0 Safari/537.36"))
			.allSatisfy(ua -> assertThat(filter.isBot(ua)).as(ua).isTrue());
	}

	@Test
	void aRequestWithoutUserAgentIsARobot() {
		assertThat(filter.isBot(null)).isTrue();
		assertThat(filter.isBot(" ")).isTrue();
	}

	@Test
	void extraPatternsExtendTheList() {
		BotFilter extended = new BotFilter(settings(List.of("MaisonBot/\\d", "^Sonde")));
		assertThat(extended.isBot("MaisonBot/2 (rédaction)")).isTrue();
		assertThat(extended.isBot("Sonde interne")).isTrue();
		assertThat(extended.isBot("Une Sonde")).isFalse();
		assertThat(extended.patternCount()).isEqualTo(filter.patternCount() + 2);
	}

	@Test
	void anOperatorsPatternThatIsNotARegularExpressionStopsTheStart() {
		assertThatThrownBy(() -> settings(List.of("MaisonBot/\\d", "Sonde(interne")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("kiosque.reads.extra-bot-patterns")
			.hasMessageContaining("'Sonde(interne'");
	}

	/**
	 * The fast matcher must say exactly what one big regular expression of all the
	 * patterns says.
	 */
	@Test
	void fastMatchingAgreesWithThePlainRegularExpression() {
		List<String> patterns = BotFilter.shippedPatterns();
		Pattern plain = Pattern.compile(String.join("|", patterns.stream().map(p -> "(?:" + p + ")").toList()));
		UserAgentPatterns fast = new UserAgentPatterns(patterns);
		List<String> texts = new java.util.ArrayList<>(instances());
		texts.addAll(BROWSERS);
		// Near misses: robots' names cut short, in another case, inside other words.
		for (String ua : instances().subList(0, 300)) {
			texts.add(ua.substring(0, ua.length() / 2));
			texts.add(ua.toLowerCase());
			texts.add(ua.toUpperCase());
		}
		assertThat(texts).allSatisfy(t -> assertThat(fast.matches(t)).as(t).isEqualTo(plain.matcher(t).find()));
	}

	@Test
	void requiredLiteralsAreParts() {
		assertThat(UserAgentPatterns.requiredLiterals("Googlebot\\/")).containsExactly("Googlebot/");
		assertThat(UserAgentPatterns.requiredLiterals("AdsBot-Google([^-]|$)")).containsExactly("AdsBot-Google");
		assertThat(UserAgentPatterns.requiredLiterals("[wW]get")).containsExactly("get");
		assertThat(UserAgentPatterns.requiredLiterals("[a-z]bc")).isNull(); // "bc" is too
																			// short to be
																			// worth a key
		assertThat(UserAgentPatterns.requiredLiterals("^curl")).containsExactly("curl");
		assertThat(UserAgentPatterns.requiredLiterals("Yahoo! ?Slurp|Yeti")).containsExactly("Yahoo!", "Yeti");
		assertThat(UserAgentPatterns.requiredLiterals("ab?cdef")).containsExactly("cdef");
	}

	static List<String> instances() {
		try (InputStream in = new ClassPathResource("reading/crawler-user-agents-instances.txt").getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(l -> !l.isBlank() && !l.startsWith("#"))
				.toList();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	static ReadSettings settings(List<String> extraBotPatterns) {
		return new ReadSettings(ReadSettings.CountingMode.PAGE, Duration.ofSeconds(1), Duration.ofMinutes(30), "kq_r",
				40, true, extraBotPatterns, true, true, false, Duration.ofSeconds(60), Duration.ofMinutes(10));
	}

}
