package org.kiosque.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Base64;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DkimSealTests {

	@TempDir
	Path folder;

	@Test
	void aConfiguredKeySignsTheMailAndKeepsItsMessageId() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair pair = generator.generateKeyPair();
		Path pem = folder.resolve("dkim.pem");
		Files.writeString(pem,
				"-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
					.encodeToString(pair.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n");
		DkimSeal seal = new DkimSeal(
				settings(new NewsletterSettings.Dkim("journal.example", "kiosque", pem.toString())));
		assertThat(seal.enabled()).isTrue();

		// As the letterhead's mails do, the message keeps the Message-ID it was given.
		MimeMessage message = new MimeMessage(Session.getInstance(new Properties())) {
			@Override
			protected void updateMessageID() {
			}
		};
		message.setFrom(new InternetAddress("newsletter@journal.example"));
		message.setRecipients(jakarta.mail.Message.RecipientType.TO, "lecteur@example.test");
		message.setSubject("L’édition du jour", "UTF-8");
		message.setHeader("Message-ID", "<edition-1.2@journal.example>");
		message.setHeader("List-Unsubscribe", "<https://journal.example/newsletter/unsubscribe/x>");
		message.setText("Bonjour", "UTF-8");
		message.saveChanges();

		MimeMessage signed = seal.seal(message);
		signed.saveChanges();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		signed.writeTo(out);
		String raw = out.toString(StandardCharsets.UTF_8);
		String signature = raw.substring(raw.indexOf("DKIM-Signature:"));
		assertThat(signature).contains("d=journal.example").contains("s=kiosque").contains("bh=").contains("b=");
		assertThat(signature.substring(0, signature.indexOf("b=", signature.indexOf("bh=") + 3)).replaceAll("\\s", ""))
			.contains("List-Unsubscribe");
		assertThat(signed.getMessageID()).isEqualTo("<edition-1.2@journal.example>");
	}

	@Test
	void withoutAKeyMailIsLeftAsItIs() throws Exception {
		DkimSeal seal = new DkimSeal(settings(new NewsletterSettings.Dkim("", "", null)));
		MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
		assertThat(seal.enabled()).isFalse();
		assertThat(seal.seal(message)).isSameAs(message);
	}

	static NewsletterSettings settings(NewsletterSettings.Dkim dkim) {
		return new NewsletterSettings(true, LocalTime.of(7, 0), "Kiosque <n@localhost>", "u@localhost", 50, 4, 10,
				Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ofSeconds(2), 8, Duration.ofMinutes(1),
				Duration.ofHours(6), 3, Duration.ofHours(48), 10, dkim);
	}

}
