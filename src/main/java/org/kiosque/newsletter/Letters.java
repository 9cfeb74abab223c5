package org.kiosque.newsletter;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.Labels;
import org.kiosque.site.Postman;
import org.kiosque.site.SiteSettings;
import org.springframework.stereotype.Component;

/**
 * Every newsletter mail, built the same way: {@code Message-ID}, {@code Date}, and the
 * RFC 8058 one-click {@code List-Unsubscribe} pair; HTML and plain-text parts; DKIM when
 * set.
 */
@Component
class Letters {

	private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

	static {
		// Jakarta Mail 2.1 looks its StreamProvider up with ServiceLoader for every body
		// part,
		// multipart, encoded header and encoder stream (jakartaee/mail-api#699, #861);
		// inside
		// the Boot jar each look-up walks the nested jars' URLs: a fifth of the sender's
		// CPU.
		// Named here, the look-up is a Class.forName (still through the caller's class
		// loader,
		// and if that cannot see it, Jakarta Mail falls back to ServiceLoader as before).
		if (System.getProperty(STREAM_PROVIDER) == null) {
			System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
		}
	}

	/**
	 * Stands for the subscriber's own unsubscribe link in an edition rendered once for
	 * all.
	 */
	static final String UNSUBSCRIBE_MARK = "@@KIOSQUE_UNSUBSCRIBE@@";

	private final Postman postman;

	private final SiteSettings site;

	private final Labels labels;

	private final NewsletterSettings settings;

	private final DkimSeal dkim;

	Letters(Postman postman, SiteSettings site, Labels labels, NewsletterSettings settings, DkimSeal dkim) {
		this.postman = postman;
		this.site = site;
		this.labels = labels;
		this.settings = settings;
		this.dkim = dkim;
	}

	String unsubscribeUrl(String token) {
		return site.absolute("/newsletter/unsubscribe/" + token);
	}

	/** A Message-ID that depends only on what is sent to whom, so a resend repeats it. */
	String messageId(String kind, long first, long second) {
		return "<" + kind + "-" + first + "." + second + "@" + domain() + ">";
	}

	MimeMessage confirmation(Subscriber subscriber, String token) throws MessagingException {
		String link = site.absolute("/newsletter/confirm/" + token);
		long hours = settings.confirmationValidity().toHours();
		String text = labels.count("newsletter.mail.confirm.text", hours, site.name(), link);
		String html = "<p>" + escape(labels.get("newsletter.mail.confirm.intro", site.name())) + "</p>\n<p><a href=\""
				+ escape(link) + "\">" + escape(labels.get("newsletter.mail.confirm.button")) + "</a></p>\n<p>"
				+ escape(labels.count("newsletter.mail.confirm.ignore", hours)) + "</p>";
		return letter(subscriber.email(), subscriber.name(), labels.get("newsletter.mail.confirm.subject", site.name()),
				text, html, subscriber.unsubscribeToken(), messageId("confirm", subscriber.id(), System.nanoTime()));
	}

	MimeMessage edition(EditionParts edition, String email, @Nullable String name, String unsubscribeToken,
			String messageId) throws MessagingException {
		String unsubscribe = unsubscribeUrl(unsubscribeToken);
		return letter(email, name, edition.subject(), edition.text().replace(UNSUBSCRIBE_MARK, unsubscribe),
				edition.html().replace(UNSUBSCRIBE_MARK, escape(unsubscribe)), unsubscribeToken, messageId);
	}

	private MimeMessage letter(String email, @Nullable String name, String subject, String text, String html,
			String unsubscribeToken, String messageId) throws MessagingException {
		MimeMessage message = new KeptIdMessage(postman.blank().getSession());
		try {
			message.setFrom(new InternetAddress(settings.from()));
			message.setRecipient(Message.RecipientType.TO, new InternetAddress(email, name, "UTF-8"));
		}
		catch (UnsupportedEncodingException e) {
			throw new MessagingException(e.getMessage(), e);
		}
		message.setSubject(subject, "UTF-8");
		message.setSentDate(new Date());
		message.setHeader("Message-ID", messageId);
		message.setHeader("List-Unsubscribe", "<" + unsubscribeUrl(unsubscribeToken) + ">, <mailto:"
				+ settings.unsubscribeMailto() + "?subject=unsubscribe-" + unsubscribeToken + ">");
		message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		message.setHeader("Auto-Submitted", "auto-generated");
		MimeMultipart alternative = new MimeMultipart("alternative");
		MimeBodyPart plain = new MimeBodyPart();
		plain.setText(text, StandardCharsets.UTF_8.name(), "plain");
		MimeBodyPart rich = new MimeBodyPart();
		rich.setText(html, StandardCharsets.UTF_8.name(), "html");
		// Chosen here, JavaMail need not encode each part once more just to pick an
		// encoding;
		// quoted-printable is what it picks for French text, and fits any text and line
		// length.
		plain.setHeader("Content-Transfer-Encoding", "quoted-printable");
		rich.setHeader("Content-Transfer-Encoding", "quoted-printable");
		alternative.addBodyPart(plain);
		alternative.addBodyPart(rich);
		message.setContent(alternative);
		// No saveChanges() here: the sender does it once (a second pass re-scans both
		// parts).
		return dkim.seal(message);
	}

	private String domain() {
		String host = site.baseUrl().getHost();
		return host == null || host.isBlank() ? "kiosque.invalid" : host;
	}

	static String escape(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	/**
	 * Keeps the Message-ID we set through {@code saveChanges()}, which would otherwise
	 * invent one.
	 */
	static final class KeptIdMessage extends MimeMessage {

		KeptIdMessage(jakarta.mail.Session session) {
			super(session);
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			if (getHeader("Message-ID") == null) {
				super.updateMessageID();
			}
		}

	}

}
