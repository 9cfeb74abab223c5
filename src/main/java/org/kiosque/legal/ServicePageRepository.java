package org.kiosque.legal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code service_page} table: one row per page an admin saved. */
@Repository
class ServicePageRepository {

	private final JdbcClient jdbc;

	ServicePageRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Stored> find(ServicePage page) {
		return jdbc.sql("SELECT body_markdown, body_html, changed_at FROM service_page WHERE name = :name")
			.param("name", page.slug())
			.query((rs, n) -> new Stored(rs.getString(1), rs.getString(2),
					rs.getObject(3, OffsetDateTime.class).toInstant()))
			.optional();
	}

	/** Writes the page, replacing what was saved before. */
	void save(ServicePage page, String markdown, String html, Instant at, @Nullable Long by) {
		int updated = jdbc
			.sql("UPDATE service_page SET body_markdown = :markdown, body_html = :html, changed_at = :at,"
					+ " changed_by = :by WHERE name = :name")
			.param("name", page.slug())
			.param("markdown", markdown)
			.param("html", html)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("by", by)
			.update();
		if (updated == 0) {
			// Two admins saving a never-saved page at once: one inserts, the other's
			// insert fails on the key and its transaction is rolled back (the form says
			// so), never a half-written page.
			jdbc.sql("INSERT INTO service_page (name, body_markdown, body_html, changed_at, changed_by)"
					+ " VALUES (:name, :markdown, :html, :at, :by)")
				.param("name", page.slug())
				.param("markdown", markdown)
				.param("html", html)
				.param("at", at.atOffset(ZoneOffset.UTC))
				.param("by", by)
				.update();
		}
	}

	record Stored(String markdown, String html, Instant changedAt) {
	}

}
