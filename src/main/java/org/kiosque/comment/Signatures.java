package org.kiosque.comment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.digest.DigestUtils;
import org.kiosque.site.SiteSecrets;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Signs what the comment form hands to the reader and gets back: the time the form was
 * shown (the minimum fill time) and the cookie that lets a reader see their own held
 * comment. HMAC-SHA256 with a per-install secret: {@code kiosque.comments.secret}, or one
 * of the install's {@link SiteSecrets}, shared by every node of a cluster.
 */
@Component
class Signatures {

	private final SiteSecrets secrets;

	private final CommentSettings settings;

	private volatile byte[] key;

	Signatures(SiteSecrets secrets, CommentSettings settings) {
		this.secrets = secrets;
		this.settings = settings;
	}

	/**
	 * Makes (or reads) the key at start-up, so that no article page ever writes it to the
	 * database.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		key();
	}

	/** A stamp for a form shown at {@code shown}: {@code seconds.signature}. */
	String stamp(Instant shown) {
		String seconds = Long.toString(shown.getEpochSecond());
		return seconds + "." + sign("stamp:" + seconds);
	}

	/** When the form was shown, if the stamp is ours. */
	Optional<Instant> shownAt(String stamp) {
		int dot = stamp.indexOf('.');
		if (dot <= 0) {
			return Optional.empty();
		}
		String seconds = stamp.substring(0, dot);
		if (!equal(sign("stamp:" + seconds), stamp.substring(dot + 1))) {
			return Optional.empty();
		}
		try {
			return Optional.of(Instant.ofEpochSecond(Long.parseLong(seconds)));
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	/** {@code value.signature}, for a cookie. */
	String seal(String purpose, String value) {
		return value + "." + sign(purpose + ":" + value);
	}

	Optional<String> open(String purpose, String sealed) {
		int dot = sealed.lastIndexOf('.');
		if (dot <= 0) {
			return Optional.empty();
		}
		String value = sealed.substring(0, dot);
		return equal(sign(purpose + ":" + value), sealed.substring(dot + 1)) ? Optional.of(value) : Optional.empty();
	}

	/**
	 * A one-way pseudonym (reports by anonymous readers are told apart by a hash of their
	 * address).
	 */
	String pseudonym(String value) {
		return sign("pseudonym:" + value.toLowerCase(Locale.ROOT)).substring(0, 32);
	}

	static String fingerprint(String body) {
		String normalised = body.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
		return DigestUtils.sha256Hex(normalised);
	}

	private String sign(String data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private byte[] key() {
		byte[] k = key;
		if (k == null) {
			k = settings.secret().isBlank() ? secrets.get("comments")
					: settings.secret().getBytes(StandardCharsets.UTF_8);
			key = k;
		}
		return k;
	}

	private static boolean equal(String a, String b) {
		return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
	}

}
