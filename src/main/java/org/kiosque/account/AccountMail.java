package org.kiosque.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import gg.jte.output.StringOutput;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.MailOutbox;
import org.kiosque.site.Labels;
import org.kiosque.site.Letterhead;
import org.kiosque.site.OutgoingMail;
import org.kiosque.site.SiteSettings;
import org.kiosque.web.Templates;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The mails of the account flows, in plain text and HTML, with absolute links. They go
 * through the {@link MailOutbox}: written in the caller's transaction, sent after it.
 */
@Component
class AccountMail {

	/** What one mail says; rendered twice, as plain text and as HTML. */
	record Letter(String subject, String greeting, List<String> paragraphs, @Nullable String linkUrl,
			@Nullable String linkLabel, List<String> after, String signature) {
	}

	private final Letterhead letterhead;

	private final MailOutbox outbox;

	private final Labels labels;

	private final SiteSettings site;

	private final Templates templates;

	private final String mailFrom;

	AccountMail(Letterhead letterhead, MailOutbox outbox, Labels labels, SiteSettings site, Templates templates,
			AccountSettings settings) {
		this.letterhead = letterhead;
		this.outbox = outbox;
		this.labels = labels;
		this.site = site;
		this.templates = templates;
		this.mailFrom = settings.mailFrom();
		from();
	}

	/**
	 * The sender, made at each mail: its name is the site's and its domain the public
	 * address's, which an admin may change in the newsroom. Checked at start too.
	 */
	private InternetAddress from() {
		return letterhead.sender("kiosque.account.mail-from", mailFrom, letterhead.siteSender());
	}

	void verify(String to, String name, String token, long validHours) {
		send(to, letter("account.mail.verify", name, site.absolute("/register/confirm?token=" + token),
				List.of(labels.count("account.mail.verify.text", validHours, site.name())), List.of()));
	}

	void alreadyRegistered(String to, String name) {
		send(to, letter("account.mail.already", name, site.absolute("/login"),
				List.of(labels.get("account.mail.already.text", site.name())),
				List.of(labels.get("account.mail.already.forgot", site.absolute("/password/forgot")))));
	}

	void reset(String to, String name, String token, long validMinutes) {
		send(to, letter("account.mail.reset", name, site.absolute("/password/reset?token=" + token),
				List.of(labels.count("account.mail.reset.text", validMinutes)), List.of()));
	}

	void confirmNewAddress(String to, String name, String token, long validHours) {
		send(to, letter("account.mail.email-change", name, site.absolute("/email/confirm?token=" + token),
				List.of(labels.count("account.mail.email-change.text", validHours, to)), List.of()));
	}

	void addressChanging(String oldAddress, String name, String newAddress) {
		send(oldAddress, letter("account.mail.email-notice", name, null,
				List.of(labels.get("account.mail.email-notice.text", newAddress)), List.of()));
	}

	void invite(String to, String inviterName, Role role, String token, java.time.Duration validity) {
		String link = site.absolute("/invitation?token=" + token);
		// No name yet: the colleague chooses it when following the link.
		send(to, new Letter(labels.get("account.mail.invitation.subject", site.name()),
				labels.get("account.mail.invitation.greeting"),
				List.of(labels.get("account.mail.invitation.text", inviterName, site.name(),
						labels.get("account.role." + role.name()))),
				// The link right after the sentence that leads to it, then how long it
				// lasts.
				link, labels.get("account.mail.invitation.link"),
				List.of(labels.count("account.mail.invitation.valid", validity.toDays()),
						labels.get("account.mail.invitation.ignore")),
				labels.get("account.mail.signature", site.name())));
	}

	void closed(String to, String name) {
		send(to, letter("account.mail.closed", name, null, List.of(labels.get("account.mail.closed.text", site.name())),
				List.of()));
	}

	private Letter letter(String key, String name, @Nullable String link, List<String> paragraphs, List<String> after) {
		List<String> closing = new ArrayList<>(after);
		closing.add(labels.get("account.mail.ignore"));
		return new Letter(labels.get(key + ".subject", site.name()), labels.get("account.mail.greeting", name),
				paragraphs, link, link == null ? null : labels.get(key + ".link"), closing,
				labels.get("account.mail.signature", site.name()));
	}

	private void send(String to, Letter letter) {
		OutgoingMail message = letterhead.write(from());
		try {
			var helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setTo(to);
			helper.setSubject(letter.subject());
			helper.setText(plain(letter), html(letter));
		}
		catch (MessagingException e) {
			throw new IllegalStateException("Cannot write the mail to " + to, e);
		}
		outbox.post(message);
	}

	private static String plain(Letter letter) {
		StringBuilder text = new StringBuilder(letter.greeting()).append("\n\n");
		letter.paragraphs().forEach(p -> text.append(p).append("\n\n"));
		if (letter.linkUrl() != null) {
			text.append(letter.linkUrl()).append("\n\n");
		}
		letter.after().forEach(p -> text.append(p).append("\n\n"));
		return text.append("-- \n").append(letter.signature()).append('\n').toString();
	}

	private String html(Letter letter) {
		StringOutput out = new StringOutput();
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("subject", letter.subject());
		params.put("greeting", letter.greeting());
		params.put("paragraphs", letter.paragraphs());
		params.put("linkUrl", letter.linkUrl());
		params.put("linkLabel", letter.linkLabel());
		params.put("after", letter.after());
		params.put("signature", letter.signature());
		templates.content("account/mail.jte", params).writeTo(out);
		return out.toString();
	}

}
