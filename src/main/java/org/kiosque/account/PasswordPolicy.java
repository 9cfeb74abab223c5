package org.kiosque.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be: long enough, not among the 10 000 most common ones, and not
 * the reader's own address or name. Length beats composition rules, which readers defeat
 * with {@code Motdepasse1!}.
 */
@Component
class PasswordPolicy {

	private final int minLength;

	private final Set<String> common;

	PasswordPolicy(AccountSettings settings) {
		this.minLength = settings.minPasswordLength();
		this.common = load();
	}

	/**
	 * @return the message key of the problem, if the password is refused
	 */
	Optional<String> problem(@Nullable String password, String email, String displayName) {
		if (password == null || password.codePointCount(0, password.length()) < minLength) {
			return Optional.of("account.password.too-short");
		}
		if (password.length() > 200) {
			return Optional.of("account.password.too-long");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		String local = email.contains("@") ? email.substring(0, email.indexOf('@')) : email;
		if (common.contains(lower) || common.contains(lower.strip()) || lower.equals(email.toLowerCase(Locale.ROOT))
				|| lower.equals(local.toLowerCase(Locale.ROOT)) || lower.equals(displayName.toLowerCase(Locale.ROOT))
				|| lower.chars().distinct().count() < 3) {
			return Optional.of("account.password.common");
		}
		return Optional.empty();
	}

	int minLength() {
		return minLength;
	}

	private static Set<String> load() {
		Set<String> words = new HashSet<>(12_000);
		try (var in = new BufferedReader(new InputStreamReader(
				new ClassPathResource("account/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
			in.lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.forEach(line -> words.add(line.strip().toLowerCase(Locale.ROOT)));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return words;
	}

}
