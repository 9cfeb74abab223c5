package org.kiosque.author;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code author_photo} table: which library picture is whose portrait. */
@Repository
class PortraitRepository {

	private final JdbcClient jdbc;

	PortraitRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The picture id of account {@code accountId}'s portrait, if one was chosen. */
	Optional<Long> pictureOf(long accountId) {
		return jdbc.sql("SELECT picture_id FROM author_photo WHERE account_id = :id")
			.param("id", accountId)
			.query(Long.class)
			.optional();
	}

	/** The accounts whose portrait is picture {@code pictureId}, with their names. */
	List<Sitter> sittersOf(long pictureId) {
		return jdbc
			.sql("SELECT r.id, r.display_name FROM author_photo p JOIN reader r ON r.id = p.account_id"
					+ " WHERE p.picture_id = :picture ORDER BY r.id")
			.param("picture", pictureId)
			.query((rs, n) -> new Sitter(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/**
	 * Makes {@code pictureId} the portrait of {@code accountId}; the caller holds the
	 * transaction.
	 */
	void choose(long accountId, long pictureId) {
		int updated = jdbc.sql("UPDATE author_photo SET picture_id = :picture WHERE account_id = :id")
			.param("id", accountId)
			.param("picture", pictureId)
			.update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO author_photo (account_id, picture_id) VALUES (:id, :picture)")
				.param("id", accountId)
				.param("picture", pictureId)
				.update();
		}
	}

	/** Forgets the portrait of {@code accountId} (the picture stays in the library). */
	void remove(long accountId) {
		jdbc.sql("DELETE FROM author_photo WHERE account_id = :id").param("id", accountId).update();
	}

	/** An account whose portrait a picture is. */
	record Sitter(long accountId, String displayName) {
	}

}
