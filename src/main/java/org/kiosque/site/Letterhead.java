package org.kiosque.site;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Where every mail Kiosque sends starts ({@link #write}): it is born with its sender
 * ({@code From}), its {@code Date} and a {@code Message-ID} on the site's domain (the
 * host of {@code kiosque.site.base-url}).
 * <p>
 * Senders come from settings ({@code kiosque.mail.from},
 * {@code kiosque.account.mail-from}, {@code kiosque.newsletter.from}...); left empty,
 * each is an address on the site's domain named after the site
 * ({@code "Kiosque" <no-reply@journal.example>}). A sender on {@code localhost} is fine
 * while mail is written to {@code DATA/outbox/}; once an SMTP server is set
 * ({@code spring.mail.host}) other mail servers refuse or bin such mail, so the start
 * logs one warning and the newsroom's home page says it ({@link #localSenders}).
 */
@Component
public class Letterhead {

	private static final Logger log = LoggerFactory.getLogger(Letterhead.class);

	/**
	 * Without a host in the base URL (never with a valid one): a name that is no one's.
	 */
	private static final String NO_DOMAIN = "kiosque.invalid";

	private final SiteSettings site;

	private final Postman postman;

	private final Clock clock;

	private final String mailFrom;

	/** Every sender in use, by the setting that names it, for the start-up check. */
	private final Map<String, InternetAddress> senders = new LinkedHashMap<>();

	private final AtomicBoolean warned = new AtomicBoolean();

	public Letterhead(SiteSettings site, MailSettings mail, Postman postman, Clock clock) {
		this.site = site;
		this.postman = postman;
		this.clock = clock;
		this.mailFrom = mail.from();
		siteSender();
	}

	/**
	 * The host of the site's public address ({@link SiteSettings#baseUrl}, live: an admin
	 * may change it in the newsroom).
	 */
	private String domain() {
		String host = site.baseUrl().getHost();
		return host == null || host.isBlank() ? NO_DOMAIN : host.toLowerCase(Locale.ROOT);
	}

	/**
	 * A new mail from {@code from}, dated now, with a {@code Message-ID} of its own.
	 */
	public OutgoingMail write(InternetAddress from) {
		return write(from, messageId(UUID.randomUUID().toString()));
	}

	/**
	 * A new mail from {@code from}, dated now, with the given {@code Message-ID} (a mail
	 * that may be sent again keeps one chosen from what it is, see {@link #messageId}).
	 * @param messageId {@code <left@right>}
	 * @throws IllegalArgumentException when {@code messageId} is not of that form
	 */
	public OutgoingMail write(InternetAddress from, String messageId) {
		if (!messageId.matches("<[^<>@\\s]+@[^<>@\\s]+>")) {
			throw new IllegalArgumentException("Not a Message-ID: " + messageId);
		}
		try {
			return new OutgoingMail(postman.session(), from, messageId, clock.instant());
		}
		catch (MessagingException e) {
			throw new IllegalStateException("Cannot start a mail from " + from, e);
		}
	}

	/**
	 * {@code <left@the site's domain>}
	 * @param left letters, digits and {@code . - _}, unique for what it identifies
	 */
	public String messageId(String left) {
		return "<" + left + "@" + domain() + ">";
	}

	/**
	 * The site's own sender ({@code kiosque.mail.from}, else {@code no-reply@} the site's
	 * domain): mail with no sender of its own, such as the moderators' digest.
	 */
	public InternetAddress siteSender() {
		return sender("kiosque.mail.from", mailFrom, onSiteDomain("no-reply"));
	}

	/**
	 * {@code local@} the site's domain, named after the site.
	 */
	public InternetAddress onSiteDomain(String local) {
		return named(local + "@" + domain(), "");
	}

	/**
	 * The sender a setting names, checked at start with the others.
	 * @param setting the setting's name, for messages ({@code kiosque.newsletter.from})
	 * @param value its value: {@code address} or {@code Name <address>}; empty for
	 * {@code otherwise}
	 * @param otherwise the sender when {@code value} is empty
	 * @return the address, named after the site when {@code value} gives no name
	 * @throws IllegalStateException when {@code value} is not a mail address (the start
	 * fails, naming the setting)
	 */
	public InternetAddress sender(String setting, String value, InternetAddress otherwise) {
		InternetAddress sender = value.isBlank() ? otherwise : named(value.strip(), setting);
		synchronized (senders) {
			senders.put(setting, sender);
		}
		return sender;
	}

	/**
	 * The senders on localhost ({@code setting: address}), when mail goes through an SMTP
	 * server; empty when every sender is on a real domain or mail stays in
	 * {@code DATA/outbox/}.
	 */
	public List<String> localSenders() {
		if (!postman.usesSmtp()) {
			return List.of();
		}
		synchronized (senders) {
			return senders.entrySet()
				.stream()
				.filter(e -> onLocalhost(e.getValue().getAddress()))
				.map(e -> e.getKey() + ": " + e.getValue().getAddress())
				.toList();
		}
	}

	/** Once per start, when every feature has named its senders. */
	@EventListener(ApplicationReadyEvent.class)
	void warnAboutLocalSenders() {
		List<String> local = localSenders();
		if (!local.isEmpty() && warned.compareAndSet(false, true)) {
			log.warn("Mail goes through an SMTP server but is sent from localhost ({}): other mail servers refuse "
					+ "such mail or file it as spam. Set kiosque.mail.from (and the senders named) to addresses "
					+ "on the newspaper's domain, or kiosque.site.base-url to its public address.",
					String.join(", ", local));
		}
	}

	/**
	 * Whether an address's domain is this machine: {@code localhost} and its kin, a
	 * loopback address, or a name without a dot, which no other mail server can check.
	 */
	static boolean onLocalhost(String address) {
		String domain = address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
		if (domain.startsWith("[") && domain.endsWith("]")) {
			domain = domain.substring(1, domain.length() - 1).replaceFirst("^ipv6:", "");
		}
		return domain.equals("localhost") || domain.endsWith(".localhost") || domain.endsWith(".localdomain")
				|| domain.startsWith("127.") || domain.equals("::1") || !domain.contains(".") && !domain.contains(":");
	}

	private InternetAddress named(String value, String setting) {
		try {
			InternetAddress address = new InternetAddress(value, true);
			if (address.getPersonal() == null || address.getPersonal().isBlank()) {
				address.setPersonal(site.name(), StandardCharsets.UTF_8.name());
			}
			return address;
		}
		catch (AddressException | UnsupportedEncodingException e) {
			throw new IllegalStateException((setting.isEmpty() ? "" : setting + ": ") + "not a mail address: " + value
					+ " (" + e.getMessage() + ")", e);
		}
	}

}
