package org.kiosque.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

import org.kiosque.site.MailTokens;
import org.springframework.stereotype.Component;

/**
 * One-time setup codes for the first admin. Each node started while no admin exists
 * prints one in its log; only the code's SHA-256 hash is stored, in the shared database,
 * so the code works on whichever node the browser reaches. A code is 16 characters of
 * Crockford's base 32 (80 random bits) shown as {@code XXXX-XXXX-XXXX-XXXX}; typing is
 * forgiving (case, spaces and dashes ignored; {@code O} read as {@code 0}, {@code I} and
 * {@code L} as {@code 1}, as Crockford's alphabet says).
 */
@Component
class SetupCodes {

	static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private static final int LENGTH = 16;

	private final SecureRandom random = new SecureRandom();

	private final AccountRepository accounts;

	private final AccountSettings settings;

	private final Clock clock;

	SetupCodes(AccountRepository accounts, AccountSettings settings, Clock clock) {
		this.accounts = accounts;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * A new code, stored (hashed) for {@code kiosque.account.setup-code-validity};
	 * expired codes are forgotten.
	 * @return the code as printed, {@code XXXX-XXXX-XXXX-XXXX}
	 */
	String issue() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < LENGTH; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		Instant now = clock.instant();
		accounts.retireSetupCodes(now);
		accounts.insertSetupCode(hash(code.toString()), now, now.plus(settings.setupCodeValidity()));
		return code.toString();
	}

	/**
	 * Whether {@code typed} is a live code. Every stored hash is compared in constant
	 * time ({@link MessageDigest#isEqual}), so the answer's timing tells nothing of how
	 * close a guess came.
	 */
	boolean matches(String typed) {
		byte[] guess = hash(typed).getBytes(StandardCharsets.US_ASCII);
		boolean found = false;
		for (String stored : accounts.liveSetupCodes(clock.instant())) {
			found |= MessageDigest.isEqual(guess, stored.getBytes(StandardCharsets.US_ASCII));
		}
		return found;
	}

	/** Uses the code: true for the one caller that removed it. */
	boolean use(String typed) {
		return matches(typed) && accounts.useSetupCode(hash(typed));
	}

	/** An admin exists: no code is of any use any more. */
	void retireAll() {
		accounts.retireSetupCodes(null);
	}

	/** Forgets one code (its node stops). */
	void retire(String code) {
		accounts.useSetupCode(hash(code));
	}

	static String normalize(String typed) {
		StringBuilder code = new StringBuilder();
		for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
			char read = switch (c) {
				case 'O' -> '0';
				case 'I', 'L' -> '1';
				default -> c;
			};
			if (ALPHABET.indexOf(read) >= 0) {
				code.append(read);
			}
		}
		return code.toString();
	}

	private static String hash(String typed) {
		String normalized = normalize(typed);
		if (normalized.length() != LENGTH) {
			// Hashes nothing that could be stored: a malformed code never matches.
			return HexFormat.of().formatHex(new byte[32]);
		}
		return MailTokens.hash("setup:" + normalized);
	}

}
