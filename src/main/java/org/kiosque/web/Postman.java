package org.kiosque.web;

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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Delivers mail: through SMTP ({@code spring.mail.*}) when a host is configured, otherwise
 * as {@code .eml} files in {@code DATA/outbox/}, so a fresh install works without a mail server.
 */
@Component
public class Postman {

	private static final Logger log = LoggerFactory.getLogger(Postman.class);

	private final @Nullable JavaMailSender smtp;
	private final DataDirectory data;
	private final Session session = Session.getInstance(new Properties());

	public Postman(ObjectProvider<JavaMailSender> smtp, @Value("${spring.mail.host:}") String host, DataDirectory data) {
		this.smtp = host.isBlank() ? null : smtp.getIfAvailable();
		this.data = data;
	}

	/** A blank message to fill in and {@link #send}. */
	public MimeMessage blank() {
		return smtp != null ? smtp.createMimeMessage() : new MimeMessage(session);
	}

	/**
	 * Sends now. Throws {@link org.springframework.mail.MailException} on SMTP failure
	 * (temporary or permanent) so that callers that keep delivery records can retry.
	 */
	public void send(MimeMessage message) {
		if (smtp != null) {
			smtp.send(message);
			return;
		}
		writeToOutbox(message);
	}

	public boolean usesSmtp() {
		return smtp != null;
	}

	private void writeToOutbox(MimeMessage message) {
		Path outbox = data.folder("outbox");
		String name = System.currentTimeMillis() + "-" + UUID.randomUUID() + ".eml";
		Path temporary = outbox.resolve(name + ".part");
		try {
			message.saveChanges();
			try (OutputStream out = Files.newOutputStream(temporary)) {
				message.writeTo(out);
			}
			// The rename makes a half-written file impossible to mistake for a whole one.
			Files.move(temporary, outbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
			log.info("Mail written to the outbox: {}", outbox.resolve(name));
		} catch (IOException | MessagingException e) {
			throw new org.springframework.mail.MailSendException("Cannot write " + temporary, e);
		}
	}
}
