package org.kiosque.site;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The install's signing keys (strangers' CSRF tokens, comment form stamps...), one per
 * name. Every node must sign alike, so they live in the database ({@code site_secrets});
 * the first node that needs one creates it, and a node that loses the race reads the
 * winner's.
 */
@Component
public class SiteSecrets {

	private final SiteSecretRepository secrets;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private final Map<String, byte[]> known = new ConcurrentHashMap<>();

	public SiteSecrets(JdbcClient jdbc, Clock clock) {
		this.secrets = new SiteSecretRepository(jdbc);
		this.clock = clock;
	}

	/** The 32-byte key called {@code name}, made on first use. */
	public byte[] get(String name) {
		return known.computeIfAbsent(name, this::readOrCreate);
	}

	private byte[] readOrCreate(String name) {
		Optional<String> stored = secrets.find(name);
		if (stored.isEmpty()) {
			byte[] fresh = new byte[32];
			random.nextBytes(fresh);
			try {
				secrets.insert(name, Base64.getEncoder().encodeToString(fresh),
						OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
			}
			catch (DataIntegrityViolationException anotherNodeWasFaster) {
				// its secret is the one every node uses: read it below
			}
			stored = secrets.find(name);
		}
		return Base64.getDecoder().decode(stored.orElseThrow());
	}

}
