package org.kiosque.account;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The biography column of the {@code reader} table. */
@Repository
class ProfileRepository {

	private final JdbcClient jdbc;

	ProfileRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Profile> find(long id) {
		return jdbc.sql("SELECT id, display_name, role, biography FROM reader WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> new Profile(rs.getLong(1), rs.getString(2), Role.valueOf(rs.getString(3)),
					rs.getString(4)))
			.optional();
	}

	void describe(long id, @Nullable String biography) {
		jdbc.sql("UPDATE reader SET biography = :biography WHERE id = :id")
			.param("id", id)
			.param("biography", biography)
			.update();
	}

}
