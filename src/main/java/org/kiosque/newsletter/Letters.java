package org.kiosque.newsletter;

import java.io.UnsupportedEncodingException;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.Labels;
import org.kiosque.site.Letterhead;
import org.kiosque.site.OutgoingMail;
import org.kiosque.site.SiteSettings;
import org.springframework.stereotype.Component;

/**
 * Every newsletter mail, built the same way on the {@link Letterhead} (sender
 * {@code kiosque.newsletter.from}, else {@code newsletter@} the site's domain;
 * {@code Date}; a {@code Message-ID} that a resend repeats), with the RFC 8058 one-click
 * {@code List-Unsubscribe} pair; HTML and plain-text parts; DKIM when set.
 */
@Component
class Letters {

	private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

	static {
		// Jakarta Mail 2.1 looks its StreamProvider up with ServiceLoader for every body
		// part, multipart, encoded header and encoder stream (jakartaee/mail-api#699,
		// #861); inside the Boot jar each look-up walks the nested jars' URLs: a fifth of
		// the sender's CPU. Named here, the look-up is a Class.forName (still through the
		// caller's class loader, and if that cannot see it, Jakarta Mail falls back to
		// ServiceLoader as before).
		if (System.getProperty(STREAM_PROVIDER) == null) {
			System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
		}
	}

	/**
	 * Stands for the subscriber's own unsubscribe link in an edition rendered once for
	 * all.
	 */
	static final String UNSUBSCRIBE_MARK = "@@KIOSQUE_UNSUBSCRIBE@@";

	private final Letterhead letterhead;

	private final SiteSettings site;

	private final Labels labels;

	private final NewsletterSettings settings;

	private final DkimSeal dkim;

	private final NewsletterPolicy policy;

	/**
	 * The last subject as its header says it, encoded (RFC 2047) and folded: an edition
	 * sends one subject to every subscriber, and encoding it was a tenth of what each
	 * mail allocated.
	 */
	private final AtomicReference<SubjectHeader> lastSubject = new AtomicReference<>();

	Letters(Letterhead letterhead, SiteSettings site, Labels labels, NewsletterSettings settings, DkimSeal dkim,
			NewsletterPolicy policy) {
		this.policy = policy;
		this.letterhead = letterhead;
		this.site = site;
		this.labels = labels;
		this.settings = settings;
		this.dkim = dkim;
		from();
		unsubscribeMailto();
	}

	/** The {@code mailto:} of {@code List-Unsubscribe}, on the site's domain in force. */
	private String unsubscribeMailto() {
		return letterhead
			.sender("kiosque.newsletter.unsubscribe-mailto", settings.unsubscribeMailto(),
					letterhead.onSiteDomain("unsubscribe"))
			.getAddress();
	}

	/**
	 * The sender, asked at each letter: an admin may change it (or the site's address or
	 * name) in the newsroom. Checked at start too.
	 */
	private InternetAddress from() {
		return letterhead.sender("kiosque.newsletter.from", policy.from(), letterhead.onSiteDomain("newsletter"));
	}

	String unsubscribeUrl(String token) {
		return site.absolute("/newsletter/unsubscribe/" + token);
	}

	/** A Message-ID that depends only on what is sent to whom, so a resend repeats it. */
	String messageId(String kind, long first, long second) {
		return letterhead.messageId(kind + "-" + first + "." + second);
	}

	OutgoingMail confirmation(Subscriber subscriber, String token) throws MessagingException {
		String link = site.absolute("/newsletter/confirm/" + token);
		long hours = settings.confirmationValidity().toHours();
		String text = labels.count("newsletter.mail.confirm.text", hours, site.name(), link);
		String html = "<p>" + escape(labels.get("newsletter.mail.confirm.intro", site.name())) + "</p>\n<p><a href=\""
				+ escape(link) + "\">" + escape(labels.get("newsletter.mail.confirm.button")) + "</a></p>\n<p>"
				+ escape(labels.count("newsletter.mail.confirm.ignore", hours)) + "</p>";
		return letter(subscriber.email(), subscriber.name(), labels.get("newsletter.mail.confirm.subject", site.name()),
				text, html, subscriber.unsubscribeToken(), messageId("confirm", subscriber.id(), System.nanoTime()));
	}

	OutgoingMail edition(EditionParts edition, String email, @Nullable String name, String unsubscribeToken,
			String messageId) throws MessagingException {
		String unsubscribe = unsubscribeUrl(unsubscribeToken);
		return letter(email, name, edition.subject(), edition.text().replace(UNSUBSCRIBE_MARK, unsubscribe),
				edition.html().replace(UNSUBSCRIBE_MARK, escape(unsubscribe)), unsubscribeToken, messageId);
	}

	private OutgoingMail letter(String email, @Nullable String name, String subject, String text, String html,
			String unsubscribeToken, String messageId) throws MessagingException {
		OutgoingMail message = letterhead.write(from(), messageId);
		try {
			message.setRecipient(Message.RecipientType.TO, new InternetAddress(email, name, "UTF-8"));
		}
		catch (UnsupportedEncodingException e) {
			throw new MessagingException(e.getMessage(), e);
		}
		message.setHeader("Subject", subjectHeader(subject));
		message.setHeader("List-Unsubscribe", "<" + unsubscribeUrl(unsubscribeToken) + ">, <mailto:"
				+ unsubscribeMailto() + "?subject=unsubscribe-" + unsubscribeToken + ">");
		message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		message.setHeader("Auto-Submitted", "auto-generated");
		MimeMultipart alternative = new MimeMultipart("alternative");
		MimeBodyPart plain = TextPart.of(text, "plain");
		MimeBodyPart rich = TextPart.of(html, "html");
		alternative.addBodyPart(plain);
		alternative.addBodyPart(rich);
		message.setContent(alternative);
		// No saveChanges() here: the sender does it once (a second pass re-scans both
		// parts); DKIM signs the mail as it leaves, once saved.
		message.sealWith(dkim);
		return message;
	}

	/**
	 * {@code Subject}'s value as {@code MimeMessage.setSubject(subject, "UTF-8")} makes
	 * it.
	 */
	private String subjectHeader(String subject) throws MessagingException {
		SubjectHeader last = this.lastSubject.get();
		if (last != null && last.subject().equals(subject)) {
			return last.header();
		}
		try {
			String header = MimeUtility.fold(9, MimeUtility.encodeText(subject, "UTF-8", null));
			this.lastSubject.set(new SubjectHeader(subject, header));
			return header;
		}
		catch (UnsupportedEncodingException e) {
			throw new MessagingException("Encoding error", e);
		}
	}

	private record SubjectHeader(String subject, String header) {
	}

	static String escape(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
