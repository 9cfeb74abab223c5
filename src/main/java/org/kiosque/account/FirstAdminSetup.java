package org.kiosque.account;

import java.time.Duration;
import java.util.Optional;

import org.kiosque.site.EmailAddress;
import org.kiosque.site.FormProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating the first admin from the browser, on a fresh install: open only while no
 * enabled admin exists, and only to whoever holds a setup code from a node's log
 * ({@link SetupCodes}). Wrong codes are throttled per client address and per node.
 */
@Service
class FirstAdminSetup {

	private static final Logger log = LoggerFactory.getLogger(FirstAdminSetup.class);

	/** What an attempt came to. */
	sealed interface Outcome {

		/** An admin exists: the offer is gone. */
		record Closed() implements Outcome {
		}

		/** Too many wrong codes from this client or on this node: wait this long. */
		record Throttled(Duration retryAfter) implements Outcome {
		}

		/** The code is no live code. */
		record WrongCode() implements Outcome {
		}

		/** The code is right; the form is not (the code still works). */
		record Refused(FormProblems problems) implements Outcome {
		}

		record Created(Person admin) implements Outcome {
		}

	}

	private final People people;

	private final SetupCodes codes;

	private final SignInThrottle throttle;

	private final PasswordPolicy policy;

	private static final long ADMIN_BELIEVED_NANOS = Duration.ofMinutes(1).toNanos();

	private final boolean offered;

	private volatile long adminSeenAt;

	FirstAdminSetup(People people, SetupCodes codes, SignInThrottle throttle, PasswordPolicy policy,
			AccountSettings settings) {
		this.offered = settings.browserSetup();
		this.policy = policy;
		this.people = people;
		this.codes = codes;
		this.throttle = throttle;
	}

	/**
	 * Whether the setup page is offered: the site still has no enabled admin, and
	 * {@code kiosque.account.browser-setup} is on.
	 */
	boolean open() {
		if (!offered) {
			return false;
		}
		// Strangers knocking at /newsroom ask this each time: a site that has an admin
		// (nearly always) is believed for a minute rather than counted in the readers'
		// table on every knock.
		long now = System.nanoTime();
		if (now - adminSeenAt < ADMIN_BELIEVED_NANOS && adminSeenAt != 0) {
			return false;
		}
		if (people.hasAdmin()) {
			adminSeenAt = now;
			return false;
		}
		return true;
	}

	/**
	 * Creates the first admin if {@code code} is a live setup code; the code is used up,
	 * and every other node's with it.
	 * @param client the client's address, for the throttle
	 */
	@Transactional
	Outcome create(String code, String email, String displayName, String password, String client) {
		if (!open()) {
			return new Outcome.Closed();
		}
		Optional<Duration> wait = throttle.setupBlocked(client);
		if (wait.isPresent()) {
			return new Outcome.Throttled(wait.get());
		}
		if (!codes.matches(code)) {
			throttle.setupFailed(client);
			log.warn("Wrong first-admin setup code from {}", client);
			return new Outcome.WrongCode();
		}
		FormProblems problems = new FormProblems();
		String normalized = EmailAddress.normalize(email);
		if (!(EmailAddress.parse(normalized) instanceof EmailAddress.Valid)) {
			problems.add("email", "account.email.invalid");
		}
		if (displayName.isBlank()) {
			problems.add("displayName", "account.name.required");
		}
		else if (displayName.strip().length() > 80) {
			problems.add("displayName", "account.name.too-long");
		}
		policy.problem(password, normalized, displayName.strip()).ifPresent(key -> problems.add("password", key));
		if (problems.isEmpty() && people.find(normalized).isPresent()) {
			problems.add("email", "account.setup.exists");
		}
		if (!problems.isEmpty()) {
			return new Outcome.Refused(problems);
		}
		if (!codes.use(code)) {
			// Another request used it a moment ago.
			return open() ? new Outcome.WrongCode() : new Outcome.Closed();
		}
		// A refusal (an address taken a moment ago) rolls back the code's removal too.
		Person admin = people.add(normalized, displayName, Role.ADMIN, password);
		codes.retireAll();
		log.info("First admin, account {}, created with a setup code", admin.id());
		return new Outcome.Created(admin);
	}

}
