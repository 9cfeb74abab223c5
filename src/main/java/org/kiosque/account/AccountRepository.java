package org.kiosque.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The account feature's tables: readers, mailed tokens, remember-me logins, sessions. */
@Repository
class AccountRepository {

	private static final String COLUMNS = "id, email, display_name, password_hash, role, verified, enabled, created_at,"
			+ " last_sign_in_at";

	/** A reader row with the password hash, which never leaves this package. */
	record Stored(Person person, String passwordHash) {
	}

	/** A mailed link's stored side. */
	record StoredToken(long readerId, AccountToken.Purpose purpose, @Nullable String newEmail, Instant expiresAt,
			@Nullable Instant usedAt) {
	}

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Stored> byEmail(String email) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM reader WHERE email = :email")
			.param("email", email)
			.query((rs, n) -> stored(rs))
			.optional();
	}

	Optional<Stored> byId(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM reader WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> stored(rs))
			.optional();
	}

	List<Person> all() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM reader ORDER BY email")
			.query((rs, n) -> stored(rs).person())
			.list();
	}

	List<Person> staff() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM reader WHERE role <> 'READER' ORDER BY email")
			.query((rs, n) -> stored(rs).person())
			.list();
	}

	long insert(String email, String displayName, String passwordHash, Role role, boolean verified, Instant now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO reader (email, display_name, password_hash, role, verified, enabled, created_at)"
				+ " VALUES (:email, :name, :hash, :role, :verified, TRUE, :now)")
			.param("email", email)
			.param("name", displayName)
			.param("hash", passwordHash)
			.param("role", role.name())
			.param("verified", verified)
			.param("now", at(now))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/**
	 * A pending (unverified) registration taken over by a new one for the same address.
	 */
	void restartRegistration(long id, String displayName, String passwordHash) {
		jdbc.sql("UPDATE reader SET display_name = :name, password_hash = :hash WHERE id = :id AND verified = FALSE")
			.param("name", displayName)
			.param("hash", passwordHash)
			.param("id", id)
			.update();
	}

	void markVerified(long id) {
		jdbc.sql("UPDATE reader SET verified = TRUE WHERE id = :id").param("id", id).update();
	}

	void changePassword(long id, String passwordHash) {
		jdbc.sql("UPDATE reader SET password_hash = :hash WHERE id = :id")
			.param("hash", passwordHash)
			.param("id", id)
			.update();
	}

	void changeEmail(long id, String email) {
		jdbc.sql("UPDATE reader SET email = :email, verified = TRUE WHERE id = :id")
			.param("email", email)
			.param("id", id)
			.update();
	}

	void changeRole(long id, Role role) {
		jdbc.sql("UPDATE reader SET role = :role WHERE id = :id").param("role", role.name()).param("id", id).update();
	}

	void changeEnabled(long id, boolean enabled) {
		jdbc.sql("UPDATE reader SET enabled = :enabled WHERE id = :id")
			.param("enabled", enabled)
			.param("id", id)
			.update();
	}

	void delete(long id) {
		jdbc.sql("DELETE FROM reader WHERE id = :id").param("id", id).update();
	}

	void signedIn(String email, Instant now) {
		jdbc.sql("UPDATE reader SET last_sign_in_at = :now WHERE email = :email")
			.param("now", at(now))
			.param("email", email)
			.update();
	}

	/**
	 * An invitation followed by the owner of an address that already has an account: the
	 * password they chose, a role never lower than theirs, the address confirmed.
	 */
	void acceptInvitation(long id, String displayName, String passwordHash, Role role) {
		jdbc.sql("UPDATE reader SET display_name = :name, password_hash = :hash, role = :role, verified = TRUE,"
				+ " enabled = TRUE WHERE id = :id")
			.param("name", displayName)
			.param("hash", passwordHash)
			.param("role", role.name())
			.param("id", id)
			.update();
	}

	int countEnabledAdmins() {
		return jdbc.sql("SELECT COUNT(*) FROM reader WHERE role = 'ADMIN' AND enabled = TRUE")
			.query(Integer.class)
			.single();
	}

	void insertToken(String hash, long readerId, AccountToken.Purpose purpose, @Nullable String newEmail,
			Instant expiresAt) {
		jdbc.sql("INSERT INTO account_token (token_hash, reader_id, purpose, new_email, expires_at)"
				+ " VALUES (:hash, :reader, :purpose, :newEmail, :expires)")
			.param("hash", hash)
			.param("reader", readerId)
			.param("purpose", purpose.name())
			.param("newEmail", newEmail)
			.param("expires", at(expiresAt))
			.update();
	}

	Optional<StoredToken> token(String hash) {
		return jdbc.sql(
				"SELECT reader_id, purpose, new_email, expires_at, used_at FROM account_token WHERE token_hash = :hash")
			.param("hash", hash)
			.query((rs, n) -> new StoredToken(rs.getLong(1), AccountToken.Purpose.valueOf(rs.getString(2)),
					rs.getString(3), instant(rs, 4), rs.getObject(5) == null ? null : instant(rs, 5)))
			.optional();
	}

	/**
	 * @return whether this call used the token: two clicks racing on one link cannot both
	 * win
	 */
	boolean useToken(String hash, Instant now) {
		return jdbc.sql("UPDATE account_token SET used_at = :now WHERE token_hash = :hash AND used_at IS NULL")
			.param("now", at(now))
			.param("hash", hash)
			.update() == 1;
	}

	/**
	 * Older links of the same kind stop working when a new one is mailed or one is used.
	 */
	void retireTokens(long readerId, AccountToken.Purpose purpose, Instant now) {
		jdbc.sql(
				"UPDATE account_token SET used_at = :now WHERE reader_id = :reader AND purpose = :purpose AND used_at IS NULL")
			.param("now", at(now))
			.param("reader", readerId)
			.param("purpose", purpose.name())
			.update();
	}

	void deleteExpiredTokens(Instant now) {
		jdbc.sql("DELETE FROM account_token WHERE expires_at < :now").param("now", at(now)).update();
	}

	/**
	 * Signs {@code email} out of every device: remember-me logins and stored sessions.
	 */
	void forgetLogins(String email, @Nullable String keepSessionId) {
		jdbc.sql("DELETE FROM persistent_logins WHERE username = :email").param("email", email).update();
		if (keepSessionId == null) {
			jdbc.sql("DELETE FROM SPRING_SESSION WHERE PRINCIPAL_NAME = :email").param("email", email).update();
		}
		else {
			jdbc.sql("DELETE FROM SPRING_SESSION WHERE PRINCIPAL_NAME = :email AND SESSION_ID <> :keep")
				.param("email", email)
				.param("keep", keepSessionId)
				.update();
		}
	}

	/** An invitation's stored side. */
	record StoredInvitation(String email, Role role, Instant expiresAt, @Nullable Instant usedAt) {
	}

	/** A pending invitation, as the people page lists it. */
	record PendingInvitation(String email, Role role, Instant createdAt, Instant expiresAt) {
	}

	void insertInvitation(String hash, String email, Role role, @Nullable Long invitedBy, Instant now,
			Instant expiresAt) {
		jdbc.sql("INSERT INTO invitation (token_hash, email, role, invited_by, created_at, expires_at)"
				+ " VALUES (:hash, :email, :role, :by, :now, :expires)")
			.param("hash", hash)
			.param("email", email)
			.param("role", role.name())
			.param("by", invitedBy)
			.param("now", at(now))
			.param("expires", at(expiresAt))
			.update();
	}

	Optional<StoredInvitation> invitation(String hash) {
		return jdbc.sql("SELECT email, role, expires_at, used_at FROM invitation WHERE token_hash = :hash")
			.param("hash", hash)
			.query((rs, n) -> new StoredInvitation(rs.getString(1), Role.valueOf(rs.getString(2)), instant(rs, 3),
					rs.getObject(4) == null ? null : instant(rs, 4)))
			.optional();
	}

	/**
	 * @return whether this call used the invitation: two clicks cannot both win
	 */
	boolean useInvitation(String hash, Instant now) {
		return jdbc
			.sql("UPDATE invitation SET used_at = :now WHERE token_hash = :hash AND used_at IS NULL"
					+ " AND expires_at > :now")
			.param("now", at(now))
			.param("hash", hash)
			.update() == 1;
	}

	/** A new invitation to an address replaces the ones before it. */
	void retireInvitations(String email, Instant now) {
		jdbc.sql("UPDATE invitation SET used_at = :now WHERE email = :email AND used_at IS NULL")
			.param("now", at(now))
			.param("email", email)
			.update();
	}

	List<PendingInvitation> pendingInvitations(Instant now) {
		return jdbc
			.sql("SELECT email, role, created_at, expires_at FROM invitation WHERE used_at IS NULL"
					+ " AND expires_at > :now ORDER BY created_at DESC")
			.param("now", at(now))
			.query((rs, n) -> new PendingInvitation(rs.getString(1), Role.valueOf(rs.getString(2)), instant(rs, 3),
					instant(rs, 4)))
			.list();
	}

	void deleteOldInvitations(Instant before) {
		jdbc.sql("DELETE FROM invitation WHERE expires_at < :before").param("before", at(before)).update();
	}

	void insertSetupCode(String hash, Instant now, Instant expiresAt) {
		jdbc.sql("INSERT INTO setup_code (code_hash, created_at, expires_at) VALUES (:hash, :now, :expires)")
			.param("hash", hash)
			.param("now", at(now))
			.param("expires", at(expiresAt))
			.update();
	}

	List<String> liveSetupCodes(Instant now) {
		return jdbc.sql("SELECT code_hash FROM setup_code WHERE expires_at > :now")
			.param("now", at(now))
			.query(String.class)
			.list();
	}

	/**
	 * @return whether this call used the code: two posts cannot both win
	 */
	boolean useSetupCode(String hash) {
		return jdbc.sql("DELETE FROM setup_code WHERE code_hash = :hash").param("hash", hash).update() == 1;
	}

	/** Once an admin exists, no code is of any use; expired ones neither. */
	void retireSetupCodes(@Nullable Instant expiredBefore) {
		if (expiredBefore == null) {
			jdbc.sql("DELETE FROM setup_code").update();
		}
		else {
			jdbc.sql("DELETE FROM setup_code WHERE expires_at <= :now").param("now", at(expiredBefore)).update();
		}
	}

	private static Stored stored(ResultSet rs) throws SQLException {
		Person person = new Person(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
				Role.valueOf(rs.getString("role")), rs.getBoolean("verified"), rs.getBoolean("enabled"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getObject("last_sign_in_at") == null
						? null : rs.getObject("last_sign_in_at", OffsetDateTime.class).toInstant());
		return new Stored(person, rs.getString("password_hash"));
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
