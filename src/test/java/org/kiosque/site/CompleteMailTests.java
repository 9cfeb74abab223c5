package org.kiosque.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.support.Mailbox;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Every mail leaves complete: the {@link Letterhead} gives it {@code From}, {@code Date}
 * and a {@code Message-ID} on the site's domain, and the {@link Postman} refuses one that
 * lost them. Senders left empty are on the site's domain; one on localhost while an SMTP
 * server is set is told once. No application here: the mails of each feature, through the
 * real SMTP server, are checked beside the feature ({@code Mailbox.assertComplete}).
 */
class CompleteMailTests {

	private static final Instant NOW = Instant.parse("2026-03-02T08:15:00Z");

	@TempDir
	Path data;

	@Test
	void aMailIsBornWithItsSenderDateAndAMessageIdOnTheSitesDomain() throws Exception {
		Letterhead letterhead = letterhead("https://www.journal.example/", "", outbox());

		OutgoingMail mail = letterhead.write(letterhead.siteSender());
		OutgoingMail other = letterhead.write(letterhead.siteSender());

		assertThat(mail.getFrom())
			.containsExactly(new InternetAddress("\"Le Journal\" <no-reply@www.journal.example>"));
		assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("Le Journal");
		assertThat(mail.getSentDate()).isEqualTo(java.util.Date.from(NOW));
		assertThat(mail.getMessageID()).matches("<[0-9a-f-]{36}@www\\.journal\\.example>");
		assertThat(other.getMessageID()).isNotEqualTo(mail.getMessageID());
		assertThat(letterhead.write(letterhead.siteSender(), letterhead.messageId("edition-4.7")).getMessageID())
			.isEqualTo("<edition-4.7@www.journal.example>");
		assertThatThrownBy(() -> letterhead.write(letterhead.siteSender(), "edition-4.7"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aMailReadBackWithoutADateGetsOneAsItLeavesAndOneWithADateKeepsIt() throws Exception {
		String written = "From: no-reply@journal.example\r\nTo: lectrice@exemple.fr\r\n"
				+ "Message-ID: <outbox-1@journal.example>\r\nSubject: Bonjour\r\n\r\nUn mot.\r\n";
		Session session = Session.getInstance(new Properties());
		Instant before = Instant.now().minusSeconds(1);

		MimeMessage undated = new OutgoingMail(session, stream(written)).ready();
		MimeMessage dated = new OutgoingMail(session, stream("Date: Mon, 2 Mar 2026 09:15:00 +0100\r\n" + written))
			.ready();

		assertThat(undated.getSentDate()).isAfter(java.util.Date.from(before));
		assertThat(dated.getSentDate()).isEqualTo(java.util.Date.from(NOW));
		assertThat(dated.getMessageID()).isEqualTo("<outbox-1@journal.example>");
	}

	private static InputStream stream(String mail) {
		return new java.io.ByteArrayInputStream(mail.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
	}

	@Test
	void theMailWrittenToTheOutboxFolderKeepsItsThreeHeaders() throws Exception {
		Postman postman = outbox();
		Letterhead letterhead = letterhead("https://journal.example", "", postman);
		OutgoingMail mail = letterhead.write(letterhead.siteSender());
		mail.setRecipients(Message.RecipientType.TO, "lectrice@exemple.fr");
		mail.setSubject("Bonjour", "UTF-8");
		mail.setText("Un courriel sans serveur de messagerie.", "UTF-8");
		String id = mail.getMessageID();

		postman.send(mail);

		MimeMessage written = onlyEml();
		Mailbox.assertCompleteAt(written, "journal.example", NOW);
		assertThat(written.getMessageID()).as("kept through saveChanges").isEqualTo(id);
		assertThat(((InternetAddress) written.getFrom()[0]).getAddress()).isEqualTo("no-reply@journal.example");
	}

	@Test
	void aMailThatLostItsSenderOrItsMessageIdCannotLeave() throws Exception {
		Postman postman = outbox();
		Letterhead letterhead = letterhead("https://journal.example", "", postman);
		OutgoingMail noSender = letterhead.write(letterhead.siteSender());
		noSender.setText("x", "UTF-8");
		noSender.removeHeader("From");
		OutgoingMail noId = letterhead.write(letterhead.siteSender());
		noId.setText("x", "UTF-8");
		noId.removeHeader("Message-ID");
		OutgoingMail resealed = letterhead.write(letterhead.siteSender());
		resealed.setText("x", "UTF-8");
		resealed.sealWith(finished -> {
			MimeMessage copy = new MimeMessage(finished);
			copy.setHeader("Message-ID", "<autre@journal.example>");
			return copy;
		});

		assertThatThrownBy(() -> postman.send(noSender)).isInstanceOf(MailPreparationException.class)
			.hasMessageContaining("From");
		assertThatThrownBy(() -> postman.send(noId)).isInstanceOf(MailPreparationException.class)
			.hasMessageContaining("Message-ID");
		assertThatThrownBy(() -> postman.send(resealed)).isInstanceOf(MailPreparationException.class)
			.hasMessageContaining("Message-ID");
		assertThat(emls()).isEmpty();
	}

	@Test
	void sendersLeftEmptyAreOnTheSitesDomainAndOnesGivenKeepTheirName() {
		Letterhead letterhead = letterhead("https://journal.example", "", outbox());

		assertThat(letterhead.sender("kiosque.newsletter.from", "", letterhead.onSiteDomain("newsletter")))
			.hasToString("Le Journal <newsletter@journal.example>");
		assertThat(letterhead.sender("kiosque.newsletter.from", "La Lettre <lettre@journal.example>",
				letterhead.onSiteDomain("newsletter")))
			.hasToString("La Lettre <lettre@journal.example>");
		assertThat(letterhead.sender("kiosque.account.mail-from", " comptes@journal.example ", letterhead.siteSender()))
			.hasToString("Le Journal <comptes@journal.example>");
		assertThat(letterhead("https://journal.example", "Rédaction <redaction@journal.example>", outbox()).siteSender()
			.getAddress()).isEqualTo("redaction@journal.example");
		assertThatThrownBy(() -> letterhead.sender("kiosque.newsletter.from", "la lettre", letterhead.siteSender()))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("kiosque.newsletter.from");
	}

	@Test
	void aSenderOnLocalhostThroughSmtpIsToldOnceAtStart() {
		Letterhead local = letterhead("http://localhost:8080", "", smtp());
		local.sender("kiosque.newsletter.from", "", local.onSiteDomain("newsletter"));
		local.sender("kiosque.account.mail-from", "comptes@journal.example", local.siteSender());
		ListAppender<ILoggingEvent> log = listen();

		local.warnAboutLocalSenders();
		local.warnAboutLocalSenders();

		assertThat(local.localSenders()).containsExactly("kiosque.mail.from: no-reply@localhost",
				"kiosque.newsletter.from: newsletter@localhost");
		assertThat(log.list).singleElement()
			.satisfies(event -> assertThat(event.getFormattedMessage()).contains("no-reply@localhost",
					"newsletter@localhost", "kiosque.mail.from"));

		// On a real domain, or with mail kept in DATA/outbox/, there is nothing to say.
		assertThat(letterhead("https://journal.example", "", smtp()).localSenders()).isEmpty();
		assertThat(letterhead("http://localhost:8080", "", outbox()).localSenders()).isEmpty();
		assertThat(letterhead("https://journal.example", "kiosque@localhost", smtp()).localSenders())
			.containsExactly("kiosque.mail.from: kiosque@localhost");
	}

	@Test
	void localhostIsEveryNameOfThisMachine() {
		assertThat(Stream.of("a@localhost", "a@LOCALHOST", "a@kiosque.localhost", "a@host.localdomain", "a@127.0.0.1",
				"a@[127.0.0.1]", "a@[IPv6:::1]", "a@kiosque"))
			.allMatch(Letterhead::onLocalhost);
		assertThat(Stream.of("a@journal.example", "a@localhost.journal.example", "a@[192.0.2.1]", "a@10.0.0.5"))
			.noneMatch(Letterhead::onLocalhost);
	}

	private Letterhead letterhead(String baseUrl, String from, Postman postman) {
		SiteSettings site = new SiteSettings("Le Journal", "", URI.create(baseUrl), Locale.FRENCH,
				ZoneId.of("Europe/Paris"));
		MailSettings mail = new MailSettings(3, Duration.ofHours(1), 20, 20, Duration.ofHours(1), Duration.ofSeconds(2),
				Duration.ofSeconds(30), Duration.ofMinutes(30), 12, Duration.ofMinutes(5), from);
		return new Letterhead(site, mail, postman, Clock.fixed(NOW, ZoneOffset.UTC));
	}

	/** No SMTP host: mail goes to {@code DATA/outbox/*.eml}. */
	private Postman outbox() {
		return new Postman(new DefaultListableBeanFactory().getBeanProvider(JavaMailSender.class), new MailProperties(),
				new DataDirectory(new KiosqueSettings(data, false)));
	}

	/** An SMTP host set (never reached here). */
	private Postman smtp() {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerSingleton("mailSender", new JavaMailSenderImpl());
		MailProperties properties = new MailProperties();
		properties.setHost("smtp.journal.example");
		return new Postman(beans.getBeanProvider(JavaMailSender.class), properties,
				new DataDirectory(new KiosqueSettings(data, false)));
	}

	private List<Path> emls() throws Exception {
		Path outbox = data.resolve("outbox");
		if (!Files.isDirectory(outbox)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(outbox)) {
			return files.filter(f -> f.toString().endsWith(".eml")).toList();
		}
	}

	private MimeMessage onlyEml() throws Exception {
		List<Path> files = emls();
		assertThat(files).hasSize(1);
		try (InputStream in = Files.newInputStream(files.getFirst())) {
			return new MimeMessage(Session.getInstance(new Properties()), in);
		}
	}

	private static ListAppender<ILoggingEvent> listen() {
		Logger logger = (Logger) LoggerFactory.getLogger(Letterhead.class);
		logger.setLevel(ch.qos.logback.classic.Level.WARN);
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		logger.addAppender(appender);
		return appender;
	}

}
