package org.kiosque.site;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code site_secrets} table: one signing key per name, Base64. Not a bean of its
 * own: {@link SiteSecrets} is its only user and makes it (tests make several, as nodes).
 */
class SiteSecretRepository {

	private final JdbcClient jdbc;

	SiteSecretRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a new key; throws
	 * {@link org.springframework.dao.DataIntegrityViolationException} when another node
	 * stored one of that name first.
	 */
	void insert(String name, String secret, OffsetDateTime at) {
		jdbc.sql("INSERT INTO site_secrets (name, secret, created_at) VALUES (:name, :secret, :at)")
			.param("name", name)
			.param("secret", secret)
			.param("at", at)
			.update();
	}

	Optional<String> find(String name) {
		return jdbc.sql("SELECT secret FROM site_secrets WHERE name = :name")
			.param("name", name)
			.query(String.class)
			.optional();
	}

}
