package org.kiosque.site;

import java.io.InputStream;
import java.time.Instant;
import java.util.Date;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.jspecify.annotations.Nullable;

/**
 * A mail Kiosque sends. Only {@link Letterhead#write} makes one (and the outbox, which
 * reads one back), and it is born with its {@code From}, {@code Date} and
 * {@code Message-ID}; {@link Postman} and {@link MailOutbox} take nothing else, and check
 * the three once more on the way out, so a mail without them cannot leave. The caller
 * fills in recipients, subject and body as on any {@link MimeMessage}.
 * <p>
 * The {@code Message-ID} is kept through {@code saveChanges()}, which would otherwise
 * draw a new one: a mail sent again (a retry, a newsletter copy after a crash) is the
 * same mail.
 */
public final class OutgoingMail extends MimeMessage {

	static {
		MailContentHandlers.install();
	}

	private @Nullable MailSeal seal;

	OutgoingMail(Session session, InternetAddress from, String messageId, Instant date) throws MessagingException {
		super(session);
		setFrom(from);
		setSentDate(Date.from(date));
		setHeader("Message-ID", messageId);
	}

	/** A mail written earlier, read back as it was written (the outbox). */
	OutgoingMail(Session session, InputStream written) throws MessagingException {
		super(session, written);
	}

	/**
	 * Has {@code seal} sign the mail as it leaves (DKIM): it is given the finished mail
	 * and returns the one to send, with the same {@code Message-ID}.
	 */
	public void sealWith(MailSeal seal) {
		this.seal = seal;
	}

	@Override
	protected void updateMessageID() throws MessagingException {
		if (getHeader("Message-ID") == null) {
			throw new MessagingException("A mail without Message-ID cannot leave");
		}
	}

	/**
	 * The mail as it goes on the wire: headers checked, changes saved, sealed if asked. A
	 * mail written earlier without a {@code Date} (before every mail had one) gets the
	 * time it leaves.
	 * @throws MessagingException when {@code From} or {@code Message-ID} is missing, or
	 * the seal changed the {@code Message-ID}
	 */
	MimeMessage ready() throws MessagingException {
		Address[] from = getFrom();
		if (from == null || from.length == 0) {
			throw new MessagingException("A mail without From cannot leave");
		}
		String messageId = getMessageID();
		if (messageId == null || messageId.isBlank()) {
			throw new MessagingException("A mail without Message-ID cannot leave");
		}
		// The header's presence, not its parsed date: parsing it again at each newsletter
		// mail was a fiftieth of the sender's CPU.
		if (getHeader("Date", null) == null) {
			setSentDate(new Date());
		}
		saveChanges();
		MimeMessage wire = seal == null ? this : seal.seal(this);
		if (!messageId.equals(wire.getMessageID())) {
			throw new MessagingException("The seal changed the Message-ID of " + messageId);
		}
		return wire;
	}

}
