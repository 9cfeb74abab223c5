package org.kiosque.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.activation.CommandMap;
import jakarta.activation.DataContentHandler;
import jakarta.activation.DataSource;
import jakarta.activation.MailcapCommandMap;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.Test;

/**
 * A mail's body is written and read back without asking Jakarta Activation's mailcap
 * registry for a handler (which loads a class by name and makes a handler per mail), and
 * reads the same as before: what an edition of 10 000 mails no longer pays 10 000 times.
 */
class MailContentHandlersTests {

	@Test
	void aNewsletterShapedMailIsWrittenAndReadBackWithoutTheMailcapRegistry() throws Exception {
		MailContentHandlers.install();
		AtomicInteger asked = new AtomicInteger();
		CommandMap before = CommandMap.getDefaultCommandMap();
		CommandMap.setDefaultCommandMap(new MailcapCommandMap() {
			@Override
			public synchronized DataContentHandler createDataContentHandler(String mimeType) {
				asked.incrementAndGet();
				return super.createDataContentHandler(mimeType);
			}

			@Override
			public synchronized DataContentHandler createDataContentHandler(String mimeType, DataSource ds) {
				asked.incrementAndGet();
				return super.createDataContentHandler(mimeType, ds);
			}
		});
		try {
			Session session = Session.getInstance(new Properties());
			byte[] written = twice(session);
			MimeMessage read = new MimeMessage(session, new ByteArrayInputStream(written));
			MimeMultipart parts = (MimeMultipart) read.getContent();

			assertThat(asked).as("handlers asked of the mailcap registry").hasValue(0);
			assertThat(parts.getContentType()).startsWith("multipart/alternative");
			assertThat(parts.getBodyPart(0).getContent()).isEqualTo("Édition du matin : 12 articles\r\n");
			assertThat(parts.getBodyPart(1).getContent()).isEqualTo("<p>Édition du <b>matin</b></p>");
		}
		finally {
			CommandMap.setDefaultCommandMap(before);
		}
	}

	/** Two mails made and written as the newsletter does; the second one's bytes. */
	private static byte[] twice(Session session) throws Exception {
		byte[] bytes = null;
		for (int i = 0; i < 2; i++) {
			MimeMessage mail = new MimeMessage(session);
			mail.setSubject("Le journal du matin", "UTF-8");
			MimeMultipart alternative = new MimeMultipart("alternative");
			MimeBodyPart plain = new MimeBodyPart();
			plain.setText("Édition du matin : 12 articles\r\n", "UTF-8", "plain");
			MimeBodyPart rich = new MimeBodyPart();
			rich.setText("<p>Édition du <b>matin</b></p>", "UTF-8", "html");
			alternative.addBodyPart(plain);
			alternative.addBodyPart(rich);
			mail.setContent(alternative);
			mail.saveChanges();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			mail.writeTo(out);
			bytes = out.toByteArray();
		}
		assertThat(new String(bytes, StandardCharsets.US_ASCII)).contains("Content-Type: text/html; charset=UTF-8");
		return bytes;
	}

}
