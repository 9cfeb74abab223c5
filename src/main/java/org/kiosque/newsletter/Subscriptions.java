package org.kiosque.newsletter;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.kiosque.site.MailTokens;

import jakarta.mail.MessagingException;

import org.jspecify.annotations.Nullable;
import org.kiosque.account.AccountClosed;
import org.kiosque.site.MailOutbox;
import org.kiosque.site.Postman;
import org.kiosque.site.EmailAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

/**
 * Subscribing (double opt-in), confirming and leaving. Whatever the address's state, a
 * request to subscribe answers the same, so the form tells nobody who is subscribed.
 */
@Service
class Subscriptions {

	private static final Logger log = LoggerFactory.getLogger(Subscriptions.class);

	private final SubscriberRepository register;

	private final Letters letters;

	private final MailOutbox outbox;

	private final NewsletterSettings settings;

	private final Clock clock;

	Subscriptions(SubscriberRepository register, Letters letters, MailOutbox outbox, NewsletterSettings settings,
			Clock clock) {
		this.register = register;
		this.letters = letters;
		this.outbox = outbox;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Asks to subscribe {@code email}: a new or not-yet-confirmed address gets a
	 * confirmation link, a confirmed one gets nothing more. Callers cannot tell which
	 * happened.
	 */
	void subscribe(String email, @Nullable Long readerId, boolean mayMail) {
		Instant now = clock.instant();
		Subscriber subscriber = register.byEmail(email).orElseGet(() -> create(email, readerId, now));
		if (readerId != null && subscriber.readerId() == null) {
			register.linkReader(subscriber.id(), readerId);
		}
		if (subscriber.status() == SubscriberStatus.CONFIRMED || !mayMail) {
			return;
		}
		String token = MailTokens.fresh();
		register.addConfirmation(subscriber.id(), MailTokens.hash(token), now.plus(settings.confirmationValidity()));
		// Through the outbox: the request does not wait for SMTP, so "new address" does
		// not
		// answer later than "already subscribed" (that would enumerate subscribers), and
		// a
		// mail server that is away gets the mail later instead of never.
		try {
			outbox.post(letters.confirmation(subscriber, token));
		}
		catch (MessagingException e) {
			throw new IllegalStateException("Cannot write the confirmation mail", e);
		}
	}

	private Subscriber create(String email, @Nullable Long readerId, Instant now) {
		try {
			register.insert(email, null, SubscriberStatus.PENDING, "form", readerId, MailTokens.fresh(), now);
		}
		catch (DuplicateKeyException e) {
			// Two requests for the same address at once: the other one made the row.
		}
		return register.byEmail(email).orElseThrow();
	}

	boolean confirmationValid(String token) {
		return MailTokens.wellFormed(token) && register.confirmationValid(MailTokens.hash(token), clock.instant());
	}

	/** Spends the link; true when the address is now confirmed. */
	boolean confirm(String token) {
		if (!MailTokens.wellFormed(token)) {
			return false;
		}
		Instant now = clock.instant();
		Optional<Long> subscriber = register.spendConfirmation(MailTokens.hash(token), now);
		subscriber.ifPresent(id -> register.confirm(id, now));
		return subscriber.isPresent();
	}

	Optional<Subscriber> byUnsubscribeToken(String token) {
		return MailTokens.wellFormed(token) ? register.byUnsubscribeToken(token) : Optional.empty();
	}

	/** One click, no questions: true when the token named someone. */
	boolean unsubscribe(String token) {
		Optional<Subscriber> subscriber = byUnsubscribeToken(token);
		subscriber.ifPresent(s -> register.unsubscribe(s.id(), clock.instant()));
		return subscriber.isPresent();
	}

	Optional<Subscriber> forAddress(String email) {
		return EmailAddress.valid(email).map(EmailAddress::value).flatMap(register::byEmail);
	}

	void leave(String email) {
		forAddress(email).ifPresent(s -> register.unsubscribe(s.id(), clock.instant()));
	}

	@ApplicationModuleListener
	void on(AccountClosed closed) {
		register.endFor(closed.readerId(),
				EmailAddress.valid(closed.email()).map(EmailAddress::value).orElse(closed.email()), clock.instant());
	}

}
