package org.kiosque.account;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** Addresses as accounts store them: trimmed, lower-case, and plausibly deliverable. */
final class EmailAddress {

	private static final Pattern PLAUSIBLE = Pattern.compile(
			"^[^@\\s\"<>(),;:\\\\\\[\\]]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$");

	private EmailAddress() {
	}

	static String normalize(@Nullable String typed) {
		return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
	}

	static boolean plausible(String normalized) {
		return normalized.length() <= 254 && PLAUSIBLE.matcher(normalized).matches();
	}

}
