package org.kiosque.desk;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.kiosque.site.SiteSecrets;
import org.springframework.stereotype.Component;

/**
 * The tokens of shared preview links, {@code /preview/{token}}: the article's id and the
 * link's end, signed (HMAC-SHA256 with the install's {@code preview} key, one of its
 * {@link SiteSecrets}, the same on every node): {@code 42.1767225600.signature}. Nothing
 * is stored, so a link cannot be withdrawn before it expires
 * ({@code kiosque.desk.preview-validity}); anyone holding it sees the article's latest
 * saved text until then.
 */
@Component
class PreviewTokens {

	private static final String KEY = "preview";

	private final SiteSecrets secrets;

	private final DeskSettings settings;

	private final Clock clock;

	PreviewTokens(SiteSecrets secrets, DeskSettings settings, Clock clock) {
		this.secrets = secrets;
		this.settings = settings;
		this.clock = clock;
	}

	/** A token for article {@code articleId}, valid from now for the set validity. */
	Issued issue(long articleId) {
		Instant expires = clock.instant().plus(settings.previewValidity());
		String payload = articleId + "." + expires.getEpochSecond();
		return new Issued(payload + "." + sign(payload), expires);
	}

	/**
	 * The article a token opens: empty when it is not one of ours (forged, altered,
	 * truncated) or has expired.
	 */
	OptionalLong open(String token) {
		String[] parts = token.split("\\.", -1);
		if (parts.length != 3 || !parts[0].matches("[0-9]{1,18}") || !parts[1].matches("[0-9]{1,18}")) {
			return OptionalLong.empty();
		}
		String payload = parts[0] + "." + parts[1];
		if (!MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII),
				parts[2].getBytes(StandardCharsets.US_ASCII))) {
			return OptionalLong.empty();
		}
		if (!Instant.ofEpochSecond(Long.parseLong(parts[1])).isAfter(clock.instant())) {
			return OptionalLong.empty();
		}
		return OptionalLong.of(Long.parseLong(parts[0]));
	}

	private String sign(String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secrets.get(KEY), "HmacSHA256"));
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(mac.doFinal(("preview:" + payload).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * A token and when it stops working.
	 */
	record Issued(String token, Instant expires) {
	}

}
