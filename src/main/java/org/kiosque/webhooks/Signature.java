package org.kiosque.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The deliveries' signature: {@code sha256=} and the lower-case hex of the HMAC-SHA256
 * (RFC 2104, FIPS 180-4) of the raw request body, keyed with the hook's secret taken as
 * its UTF-8 bytes. The receiver computes the same over the bytes it received, before
 * parsing them, and compares in constant time.
 */
final class Signature {

	/** The header that carries it. */
	static final String HEADER = "X-Kiosque-Signature";

	private static final SecureRandom RANDOM = new SecureRandom();

	private Signature() {
	}

	/** {@code sha256=<hex>} of {@code body} with {@code secret}. */
	static String of(byte[] body, String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC-SHA256 is missing from this Java", e);
		}
	}

	/** A new secret: 32 random bytes (256 bits, the HMAC's block of strength), as hex. */
	static String newSecret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return "whsec_" + HexFormat.of().formatHex(bytes);
	}

}
