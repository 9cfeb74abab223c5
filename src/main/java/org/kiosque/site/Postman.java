package org.kiosque.site;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Delivers mail: through SMTP ({@code spring.mail.*}) when a host is configured,
 * otherwise as {@code .eml} files in {@code DATA/outbox/}, so a fresh install works
 * without a mail server. It takes only {@link OutgoingMail}s (made by
 * {@link Letterhead}), and checks their {@code From}, {@code Date} and {@code Message-ID}
 * once more as they leave.
 */
@Component
// Boot binds spring.mail.* only once a host is set; bound here too, "no host" is read
// from the same place.
@EnableConfigurationProperties(MailProperties.class)
public class Postman {

	private static final Logger log = LoggerFactory.getLogger(Postman.class);

	private final @Nullable JavaMailSender smtp;

	private final DataDirectory data;

	private final Session session = Session.getInstance(new Properties());

	public Postman(ObjectProvider<JavaMailSender> smtp, MailProperties mail, DataDirectory data) {
		this.smtp = mail.getHost() == null || mail.getHost().isBlank() ? null : smtp.getIfAvailable();
		this.data = data;
	}

	/**
	 * The mail session new messages belong to (the SMTP sender's, when there is one).
	 */
	Session session() {
		return smtp instanceof org.springframework.mail.javamail.JavaMailSenderImpl sender ? sender.getSession()
				: session;
	}

	/**
	 * Sends now. Throws {@link org.springframework.mail.MailException} on SMTP failure
	 * (temporary or permanent) so that callers that keep delivery records can retry, and
	 * when the mail lacks {@code From} or {@code Message-ID}.
	 */
	public void send(OutgoingMail mail) {
		MimeMessage message = wire(mail);
		if (smtp != null) {
			smtp.send(message);
			return;
		}
		writeToOutbox(message);
	}

	private static MimeMessage wire(OutgoingMail mail) {
		try {
			return mail.ready();
		}
		catch (MessagingException e) {
			throw new org.springframework.mail.MailPreparationException(e.getMessage(), e);
		}
	}

	/**
	 * A connection for many messages in a row (a newsletter worker): one SMTP session
	 * instead of one per message, which saves the connect, greeting and QUIT round trips.
	 * Each {@link Round#send} still returns only once the server has accepted that
	 * message.
	 */
	public Round round() {
		return new Round();
	}

	/**
	 * One SMTP connection, opened on first use, reopened after a failure. Not
	 * thread-safe.
	 */
	public final class Round implements AutoCloseable {

		private jakarta.mail.@Nullable Transport transport;

		private Round() {
		}

		public void send(OutgoingMail mail) throws MessagingException {
			if (!(smtp instanceof org.springframework.mail.javamail.JavaMailSenderImpl sender)) {
				Postman.this.send(mail);
				return;
			}
			// Checked and saved before the connection: a mail that may not leave costs
			// none.
			MimeMessage message = mail.ready();
			try {
				if (transport == null) {
					transport = sender.getSession()
						.getTransport(sender.getProtocol() == null ? "smtp" : sender.getProtocol());
					transport.connect(sender.getHost(), sender.getPort(), sender.getUsername(), sender.getPassword());
				}
				transport.sendMessage(message, message.getAllRecipients());
			}
			catch (MessagingException | RuntimeException e) {
				// The session may be in any state after a refusal: start the next message
				// afresh.
				close();
				throw e;
			}
		}

		@Override
		public void close() {
			if (transport != null) {
				try {
					transport.close();
				}
				catch (MessagingException e) {
					log.debug("Closing an SMTP connection: {}", e.toString());
				}
				transport = null;
			}
		}

	}

	public boolean usesSmtp() {
		return smtp != null;
	}

	private void writeToOutbox(MimeMessage message) {
		Path outbox = data.folder("outbox");
		String name = System.currentTimeMillis() + "-" + UUID.randomUUID() + ".eml";
		Path temporary = outbox.resolve(name + ".part");
		try {
			try (OutputStream out = Files.newOutputStream(temporary)) {
				message.writeTo(out);
			}
			// The rename makes a half-written file impossible to mistake for a whole one.
			Files.move(temporary, outbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
			log.info("Mail written to the outbox: {}", outbox.resolve(name));
		}
		catch (IOException | MessagingException e) {
			throw new org.springframework.mail.MailSendException("Cannot write " + temporary, e);
		}
	}

}
