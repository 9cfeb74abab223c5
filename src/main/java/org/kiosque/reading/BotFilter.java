package org.kiosque.reading;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Tells robots from readers by their User-Agent: search engines, crawlers, link
 * previewers (the card a chat or social network draws for a shared link), uptime
 * monitors, scripts. The list is the crawler-user-agents project's ({@value #LIST}),
 * extended by {@code kiosque.reads.extra-bot-patterns}. A request without a User-Agent is
 * a robot too: every browser sends one.
 */
@Component
class BotFilter {

	static final String LIST = "reading/crawler-user-agents.txt";

	private final UserAgentPatterns patterns;

	/**
	 * Readers' browsers send few distinct User-Agents: an answer is kept rather than
	 * worked out again.
	 */
	private final Cache<String, Boolean> answers = Caffeine.newBuilder().maximumSize(10_000).build();

	BotFilter(ReadSettings settings) {
		List<String> all = new ArrayList<>(shippedPatterns());
		settings.extraBotPatterns().stream().filter(p -> !p.isBlank()).forEach(all::add);
		this.patterns = new UserAgentPatterns(all);
	}

	boolean isBot(@Nullable String userAgent) {
		if (userAgent == null || userAgent.isBlank()) {
			return true;
		}
		if (userAgent.length() > 512) {
			return patterns.matches(userAgent); // not worth keeping
		}
		return answers.get(userAgent, patterns::matches);
	}

	int patternCount() {
		return patterns.size();
	}

	static List<String> shippedPatterns() {
		try (InputStream in = new ClassPathResource(LIST).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.toList();
		}
		catch (IOException e) {
			throw new IllegalStateException("The bot list " + LIST + " is missing", e);
		}
	}

}
