package org.kiosque.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;

import jakarta.mail.MessagingException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The mail a request sends: written to {@code outgoing_mail} in the request's transaction
 * and sent after it by {@link OutboxSender}, retried with back-off while the mail server
 * is away. A request never waits for SMTP, so its answer and its time do not depend on
 * the mail server or on whether a mail was due; and a mail is sent only if what it speaks
 * of (a token, an account) was committed. With no SMTP host the sender writes
 * {@code DATA/outbox/*.eml} as before.
 */
@Component
public class MailOutbox {

	private final JdbcClient jdbc;

	private final OutboxSender sender;

	private final Clock clock;

	MailOutbox(JdbcClient jdbc, OutboxSender sender, Clock clock) {
		this.jdbc = jdbc;
		this.sender = sender;
		this.clock = clock;
	}

	/**
	 * Queues {@code message}; it leaves once the current transaction (if any) commits.
	 * @throws IllegalStateException when the mail lacks {@code From} or
	 * {@code Message-ID} (nothing is queued)
	 */
	public void post(OutgoingMail message) {
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("""
				INSERT INTO outgoing_mail (state, message, created_at, attempts, next_attempt_at)
				VALUES ('WAITING', ?, ?, 0, ?)""").params(bytes(message), now, now).update();
		sender.nudgeAfterCommit();
	}

	/** What is waiting and what went wrong, for staff. */
	public OutboxState state() {
		return sender.state();
	}

	/**
	 * The message as it will go, Message-ID included, so a resend is the same message.
	 * Stored as text byte for byte (ISO-8859-1 maps each byte to one character).
	 */
	private static String bytes(OutgoingMail message) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			message.ready().writeTo(out);
			return out.toString(StandardCharsets.ISO_8859_1);
		}
		catch (IOException | MessagingException e) {
			throw new IllegalStateException("Cannot write a mail to the outbox", e);
		}
	}

}
