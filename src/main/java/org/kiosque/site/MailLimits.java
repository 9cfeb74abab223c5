package org.kiosque.site;

import java.time.Duration;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Whether a stranger's request may make the site send a mail: at most
 * {@code kiosque.mail.per-recipient} to one address and {@code kiosque.mail.per-source}
 * from one client address per window, counted on every node alike ({@link Quota}).
 * Callers answer the same whatever this says, so a limit reveals nothing about the
 * address; they ask before any transaction begins.
 */
@Component
public class MailLimits {

	private final Quota quota;

	private final MailSettings settings;

	MailLimits(Quota quota, MailSettings settings) {
		this.quota = quota;
		this.settings = settings;
	}

	/**
	 * Counts one mail to {@code recipient} asked by {@code source}; true when both are
	 * within their limits. The source is counted first, so a flood from one client does
	 * not use up its victim's allowance.
	 */
	public boolean mayMail(String recipient, String source) {
		return fromSource("mail", source, settings.perSource()) && quota
			.admit("to:" + recipient.toLowerCase(Locale.ROOT), settings.perRecipient(), settings.recipientWindow());
	}

	/**
	 * Counts one {@code kind} of request (a registration, a newsletter sign-up) from
	 * {@code source}; true while within {@code limit} per
	 * {@code kiosque.mail.source-window}.
	 */
	public boolean fromSource(String kind, String source, int limit) {
		return fromSource(kind, source, limit, settings.sourceWindow());
	}

	/** As {@link #fromSource(String, String, int)}, per {@code window}. */
	public boolean fromSource(String kind, String source, int limit, Duration window) {
		return quota.admit(kind + "-from:" + source, limit, window);
	}

	/** The settings, for callers that limit their own kind of request. */
	public MailSettings settings() {
		return settings;
	}

}
