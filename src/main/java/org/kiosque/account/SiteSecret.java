package org.kiosque.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The key that signs strangers' CSRF tokens. Every node must sign alike, so it lives in the
 * database; the first node that needs it creates it, and a node that loses the race to
 * create it reads the winner's.
 */
@Component
class SiteSecret {

	static final String CSRF = "csrf";

	private final JdbcClient jdbc;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();
	private volatile byte @Nullable [] csrf;

	SiteSecret(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	byte[] csrf() {
		byte[] known = csrf;
		if (known == null) {
			known = readOrCreate(CSRF);
			csrf = known;
		}
		return known;
	}

	byte[] readOrCreate(String name) {
		Optional<String> stored = read(name);
		if (stored.isEmpty()) {
			byte[] fresh = new byte[32];
			random.nextBytes(fresh);
			try {
				jdbc.sql("INSERT INTO site_secrets (name, secret, created_at) VALUES (:name, :secret, :at)")
					.param("name", name)
					.param("secret", Base64.getEncoder().encodeToString(fresh))
					.param("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
					.update();
			} catch (DataIntegrityViolationException anotherNodeWasFaster) {
				// its secret is the one every node uses: read it below
			}
			stored = read(name);
		}
		return Base64.getDecoder().decode(stored.orElseThrow());
	}

	private Optional<String> read(String name) {
		return jdbc.sql("SELECT secret FROM site_secrets WHERE name = :name").param("name", name)
			.query(String.class).optional();
	}
}
