package org.kiosque.site;

import java.security.SecureRandom;
import java.util.Base64;

import org.apache.commons.codec.digest.DigestUtils;

/**
 * Unguessable tokens for links in mails (confirmations, resets, unsubscribes), and the
 * hashes under which they are stored, so that a database leak opens nothing.
 */
public final class MailTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private MailTokens() {
	}

	/** 256 random bits, URL-safe. */
	public static String fresh() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	public static String hash(String token) {
		return DigestUtils.sha256Hex(token);
	}

	/**
	 * Tokens are base64url of 32 bytes: anything else is refused before touching the
	 * database.
	 */
	public static boolean wellFormed(String token) {
		return token.length() == 43
				&& token.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
	}

}
