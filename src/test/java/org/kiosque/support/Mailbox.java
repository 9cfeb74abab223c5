package org.kiosque.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The real SMTP server the tests' Kiosque sends to (127.0.0.1:3025, see
 * {@code application-test.properties}). One per test JVM.
 */
public final class Mailbox {

	/**
	 * {@code -Dkiosque.test.smtp-port=N} lets two builds on one machine run side by side.
	 */
	public static final int PORT = Integer.getInteger("kiosque.test.smtp-port", 3025);

	private static GreenMail greenMail;

	private Mailbox() {
	}

	static synchronized void start() {
		if (greenMail == null) {
			greenMail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			greenMail.start();
		}
	}

	public static GreenMail server() {
		start();
		return greenMail;
	}

	/** Every message received so far for {@code address}. */
	public static List<MimeMessage> to(String address) {
		return Arrays.stream(server().getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
					.anyMatch(a -> a.toString().contains(address));
			}
			catch (Exception e) {
				return false;
			}
		}).toList();
	}

	/**
	 * Waits (up to 10 s) until {@code address} has received {@code count} messages;
	 * returns them.
	 */
	public static List<MimeMessage> await(String address, int count) {
		try {
			return Awaitility.await("mail to " + address)
				.atMost(Duration.ofSeconds(10))
				.pollInterval(Duration.ofMillis(50))
				.until(() -> to(address), got -> got.size() >= count);
		}
		catch (ConditionTimeoutException e) {
			throw new AssertionError("Expected " + count + " mail(s) to " + address + ", got " + to(address).size(), e);
		}
	}

	/**
	 * Fails unless {@code message} is a complete mail: one {@code From} with an address,
	 * one {@code Date} within a day of now, one {@code Message-ID} on {@code domain}.
	 */
	public static void assertComplete(MimeMessage message, String domain) {
		assertCompleteAt(message, domain, Instant.now());
	}

	/**
	 * As {@link #assertComplete}, the {@code Date} within a day of {@code around}.
	 */
	public static void assertCompleteAt(MimeMessage message, String domain, Instant around) {
		try {
			String[] from = message.getHeader("From");
			String[] date = message.getHeader("Date");
			String[] id = message.getHeader("Message-ID");
			assertThat(from).as("From").isNotNull().hasSize(1);
			assertThat(message.getFrom()).as("From").hasSize(1);
			assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).as("From").contains("@");
			assertThat(date).as("Date").isNotNull().hasSize(1);
			assertThat(message.getSentDate()).as("Date")
				.isBetween(Date.from(around.minus(Duration.ofDays(1))), Date.from(around.plus(Duration.ofDays(1))));
			assertThat(id).as("Message-ID").isNotNull().hasSize(1);
			assertThat(id[0]).as("Message-ID").matches("<[^<>@\\s]+@" + Pattern.quote(domain) + ">");
		}
		catch (jakarta.mail.MessagingException e) {
			throw new AssertionError(e);
		}
	}

	/** The whole text of a message (all parts), decoded. */
	public static String text(MimeMessage message) {
		return GreenMailUtil.getBody(message);
	}

	/**
	 * The first link in the message that contains {@code pathPart}, as a site-relative
	 * path.
	 */
	public static String link(MimeMessage message, String pathPart) {
		String body = decodedBody(message);
		Matcher m = Pattern.compile("https?://[^/\\s\"<>]+(/[^\\s\"<>]*" + Pattern.quote(pathPart) + "[^\\s\"<>]*)")
			.matcher(body);
		if (!m.find()) {
			throw new AssertionError("No link with " + pathPart + " in:\n" + body);
		}
		return m.group(1).replace("&amp;", "&");
	}

	/** The message's text, every part decoded (quoted-printable, Base64). */
	public static String decoded(MimeMessage message) {
		return decodedBody(message);
	}

	private static String decodedBody(MimeMessage message) {
		try {
			Object content = message.getContent();
			if (content instanceof String s) {
				return s;
			}
			if (content instanceof jakarta.mail.Multipart multipart) {
				StringBuilder all = new StringBuilder();
				collect(multipart, all);
				return all.toString();
			}
			return GreenMailUtil.getBody(message);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static void collect(jakarta.mail.Multipart multipart, StringBuilder all) throws Exception {
		for (int i = 0; i < multipart.getCount(); i++) {
			Object part = multipart.getBodyPart(i).getContent();
			if (part instanceof String s) {
				all.append(s).append('\n');
			}
			else if (part instanceof jakarta.mail.Multipart nested) {
				collect(nested, all);
			}
		}
	}

}
