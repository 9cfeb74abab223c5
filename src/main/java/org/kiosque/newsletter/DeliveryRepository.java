package org.kiosque.newsletter;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.Excerpt;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.kiosque.newsletter.SubscriberRepository.instant;
import static org.kiosque.newsletter.SubscriberRepository.utc;

/**
 * The delivery table: the queue of (edition, subscriber) pairs. Every state change is one
 * auto-committed statement, so what the table says is what happened, up to the one
 * message a worker may have handed to SMTP and not yet recorded.
 */
@Repository
class DeliveryRepository {

	/** A claimed delivery, with what is needed to send it. */
	record Claimed(long id, long editionId, long subscriberId, int attempts, String messageId, String email,
			@Nullable String name, SubscriberStatus status, String unsubscribeToken, int consecutiveFailures,
			Instant claimedAt) {
	}

	/**
	 * SQL: the moment before which a sender's last renewal means its lease has lapsed, by
	 * the database's clock; binds {@code :lease} in milliseconds.
	 */
	static final String LAPSED = "CURRENT_TIMESTAMP - CAST(:lease AS BIGINT) * INTERVAL '0.001' SECOND";

	private final JdbcClient jdbc;

	DeliveryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Takes up to {@code batch} due deliveries for {@code claim}, the longest due first.
	 * Portable and atomic: the outer {@code state = 'WAITING'} is re-checked on each row
	 * under its row lock, so when two nodes pick the same rows only one UPDATE changes
	 * each of them. The inner query is ordered like the {@code delivery_queue} index,
	 * {@code (state,
	 * next_attempt_at)}, so the database reads the first {@code batch} entries of that
	 * index and stops: a claim costs the same with ten or a million deliveries waiting.
	 * (Ordering by id, or filtering on an expression, made every claim read and sort the
	 * whole queue: claims were half the sender's CPU on a 10 000-reader edition.)
	 * @param claim this claim's name, unique
	 * @param sender the {@link SenderLease} the claim is made under, or {@code null} for
	 * none: then only {@code claim-timeout} brings the rows back if they are left
	 * "sending" (as for rows claimed before leases existed)
	 * @param editionId only this edition, or {@code null} for any
	 */
	List<Claimed> claim(String claim, @Nullable String sender, int batch, @Nullable Long editionId, Instant now) {
		String filter = editionId != null ? " AND edition_id = " + editionId : "";
		int claimed = jdbc.sql("""
				UPDATE delivery SET state = 'SENDING', claimed_by = :claim, claimed_sender = :sender, claimed_at = :now
				WHERE state = 'WAITING' AND next_attempt_at <= :now AND id IN (
				    SELECT id FROM delivery WHERE state = 'WAITING' AND next_attempt_at <= :now %s
				    ORDER BY state, next_attempt_at FETCH FIRST %d ROWS ONLY)""".formatted(filter, batch))
			.param("claim", claim)
			.param("sender", sender)
			.param("now", utc(now))
			.update();
		if (claimed == 0) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT d.id, d.edition_id, d.subscriber_id, d.attempts, d.message_id, s.email, s.name, s.status,
				    s.unsubscribe_token, s.consecutive_failures, d.claimed_at
				FROM delivery d JOIN subscriber s ON s.id = d.subscriber_id
				WHERE d.claimed_by = :claim AND d.state = 'SENDING' ORDER BY d.id""")
			.param("claim", claim)
			.query((rs, n) -> new Claimed(rs.getLong("id"), rs.getLong("edition_id"), rs.getLong("subscriber_id"),
					rs.getInt("attempts"), rs.getString("message_id"), rs.getString("email"), rs.getString("name"),
					SubscriberStatus.valueOf(rs.getString("status")), rs.getString("unsubscribe_token"),
					rs.getInt("consecutive_failures"), Objects.requireNonNull(instant(rs, "claimed_at"))))
			.list();
	}

	void sent(long id, Instant now) {
		jdbc.sql(
				"UPDATE delivery SET state = 'SENT', sent_at = ?, attempts = attempts + 1, claimed_by = NULL, claimed_sender = NULL WHERE id = ?")
			.params(utc(now), id)
			.update();
	}

	/**
	 * Gives a claimed delivery back to the queue unsent, unless it has meanwhile been
	 * taken over (its claim time is then another's).
	 */
	void release(long id, Instant claimedAt) {
		jdbc.sql("""
				UPDATE delivery SET state = 'WAITING', claimed_by = NULL, claimed_sender = NULL, claimed_at = NULL
				WHERE id = ? AND state = 'SENDING' AND claimed_at = ?""").params(id, utc(claimedAt)).update();
	}

	void cancelled(long id) {
		jdbc.sql("UPDATE delivery SET state = 'CANCELLED', claimed_by = NULL, claimed_sender = NULL WHERE id = ?")
			.param(id)
			.update();
	}

	void retryLater(long id, Instant at, String error) {
		jdbc.sql("""
				UPDATE delivery SET state = 'WAITING', attempts = attempts + 1, next_attempt_at = ?, last_error = ?,
				    claimed_by = NULL, claimed_sender = NULL, claimed_at = NULL
				WHERE id = ?""").params(utc(at), clip(error), id).update();
	}

	void failed(long id, String error) {
		jdbc.sql(
				"UPDATE delivery SET state = 'FAILED', attempts = attempts + 1, last_error = ?, claimed_by = NULL, claimed_sender = NULL WHERE id = ?")
			.params(clip(error), id)
			.update();
	}

	/**
	 * Counts a permanent failure for the address; suspends it at {@code suspendAfter} in
	 * a row.
	 */
	void permanentFailureOf(long subscriberId, int suspendAfter) {
		jdbc.sql("UPDATE subscriber SET consecutive_failures = consecutive_failures + 1 WHERE id = ?")
			.param(subscriberId)
			.update();
		jdbc.sql(
				"UPDATE subscriber SET status = 'SUSPENDED' WHERE id = ? AND status = 'CONFIRMED' AND consecutive_failures >= ?")
			.params(subscriberId, suspendAfter)
			.update();
	}

	void deliveredTo(long subscriberId) {
		jdbc.sql("UPDATE subscriber SET consecutive_failures = 0 WHERE id = ? AND consecutive_failures > 0")
			.param(subscriberId)
			.update();
	}

	/**
	 * Puts back the deliveries left "sending" by a sender that is gone: its lease lapsed
	 * ({@code lease} without renewal, by the database's clock) or its row was deleted;
	 * and, as a backstop, any claimed before {@code claimedBefore} (claims that name no
	 * sender, or a living sender stuck that long). They keep their Message-ID, so a copy
	 * that did leave before the crash and its resend are one message to mail systems.
	 * @return how many went back
	 */
	int recover(Instant claimedBefore, Duration lease) {
		return jdbc
			.sql("""
					UPDATE delivery SET state = 'WAITING', claimed_by = NULL, claimed_sender = NULL, claimed_at = NULL
					WHERE state = 'SENDING' AND (claimed_at < :before OR claimed_sender IS NOT NULL AND NOT EXISTS (
					    SELECT 1 FROM newsletter_sender s WHERE s.id = delivery.claimed_sender AND s.renewed_at >= %s))"""
				.formatted(LAPSED))
			.param("before", utc(claimedBefore))
			.param("lease", lease.toMillis())
			.update();
	}

	/**
	 * The editions that still have deliveries waiting or being sent, oldest first.
	 */
	List<Long> unfinishedEditions() {
		return jdbc
			.sql("SELECT DISTINCT edition_id FROM delivery WHERE state IN ('WAITING', 'SENDING') ORDER BY edition_id")
			.query(Long.class)
			.list();
	}

	/** How many deliveries of the edition are claimed and not yet settled. */
	long sending(long editionId) {
		return jdbc.sql("SELECT COUNT(*) FROM delivery WHERE edition_id = ? AND state = 'SENDING'")
			.param(editionId)
			.query(Long.class)
			.single();
	}

	long pending(@Nullable Long editionId) {
		return jdbc
			.sql("SELECT COUNT(*) FROM delivery WHERE state IN ('WAITING', 'SENDING')"
					+ (editionId == null ? "" : " AND edition_id = " + editionId))
			.query(Long.class)
			.single();
	}

	private static String clip(String error) {
		return Excerpt.of(error, 500); // the last_error column
	}

}
