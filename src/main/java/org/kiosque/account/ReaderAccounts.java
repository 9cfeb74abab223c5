package org.kiosque.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.kiosque.site.EmailAddress;
import org.kiosque.site.FormProblems;
import org.kiosque.site.MailTokens;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a reader does with their own account: register and confirm the address, reset a
 * forgotten password, change address or password, close the account. Answers never tell
 * whether an address has an account; the mails do, to the address's owner only.
 */
@Service
class ReaderAccounts {

	private static final Logger log = LoggerFactory.getLogger(ReaderAccounts.class);

	/**
	 * How long a reset request's answer is given to leave before its address is looked
	 * up.
	 */
	private static final Duration ANSWER_FIRST = Duration.ofMillis(200);

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final AccountMail mail;

	private final AccountSettings settings;

	private final SignInThrottle throttle;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReaderAccounts(AccountRepository accounts, PasswordEncoder passwords, PasswordPolicy policy, AccountMail mail,
			AccountSettings settings, SignInThrottle throttle, ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.policy = policy;
		this.mail = mail;
		this.settings = settings;
		this.throttle = throttle;
		this.events = events;
		this.clock = clock;
	}

	/** What is wrong with a registration form, without touching the database. */
	FormProblems problems(String typedEmail, String typedName, String password) {
		String email = EmailAddress.normalize(typedEmail);
		String name = typedName.strip();
		FormProblems problems = new FormProblems();
		if (!(EmailAddress.parse(email) instanceof EmailAddress.Valid)) {
			problems.add("email", "account.email.invalid");
		}
		if (name.isEmpty()) {
			problems.add("displayName", "account.name.required");
		}
		else if (name.length() > 80) {
			problems.add("displayName", "account.name.too-long");
		}
		policy.problem(password, email, name).ifPresent(key -> problems.add("password", key));
		return problems;
	}

	/**
	 * Creates an unconfirmed account and mails the confirmation link. For an address that
	 * already has an account, mails its owner a notice instead; the answer is the same.
	 * @param mayMail false when the address had its share of mail (the caller asked
	 * {@code MailLimits}): everything else happens alike, so the answer does not change
	 */
	@Transactional
	FormProblems register(String typedEmail, String typedName, String password, boolean mayMail) {
		String email = EmailAddress.normalize(typedEmail);
		String name = typedName.strip();
		FormProblems problems = problems(typedEmail, typedName, password);
		if (!problems.isEmpty()) {
			return problems;
		}
		// Hashing for known addresses too keeps both answers equally slow.
		String hash = passwords.encode(password);
		Optional<AccountRepository.Stored> existing = accounts.byEmail(email);
		if (existing.isPresent() && existing.get().person().verified()) {
			if (mayMail) {
				mail.alreadyRegistered(email, existing.get().person().displayName());
			}
			return problems;
		}
		long id;
		if (existing.isPresent()) {
			// An unconfirmed registration is taken over: only the address's owner can
			// confirm it.
			id = existing.get().person().id();
			accounts.restartRegistration(id, name, hash);
		}
		else {
			try {
				id = accounts.insert(email, name, hash, Role.READER, false, clock.instant());
			}
			catch (DuplicateKeyException raced) {
				// Another request registered the same address a moment ago: answer alike,
				// keep nothing.
				org.springframework.transaction.interceptor.TransactionAspectSupport.currentTransactionStatus()
					.setRollbackOnly();
				return problems;
			}
		}
		String token = issue(id, AccountToken.Purpose.VERIFY, null, settings.verificationValidity());
		if (mayMail) {
			mail.verify(email, name, token, settings.verificationValidity().toHours());
		}
		return problems;
	}

	/**
	 * Follows the registration link: the address is confirmed, the reader may sign in.
	 */
	@Transactional
	Optional<Person> confirm(String token) {
		return use(token, AccountToken.Purpose.VERIFY).flatMap(stored -> {
			accounts.markVerified(stored.readerId());
			return accounts.byId(stored.readerId()).map(AccountRepository.Stored::person);
		});
	}

	/**
	 * Asks for a reset link for the address; says nothing either way. The request only
	 * records the question ({@link ResetRequested}, in the event publication registry),
	 * the same single write for any address, so neither the answer nor its time tells
	 * whether the address has an account; the account is looked up after the answer.
	 */
	@Transactional
	void requestReset(String typedEmail) {
		String email = EmailAddress.normalize(typedEmail);
		if (EmailAddress.parse(email) instanceof EmailAddress.Valid) {
			events.publishEvent(new ResetRequested(email));
		}
	}

	/**
	 * Mails a reset link if the address has an account, a moment after the request: this
	 * runs as soon as the request's transaction commits, while its answer is still being
	 * written, and the lookup and the mail for a known address would lengthen that answer
	 * (measured: 2 ms of 8 on two cores), a difference an address could be told by.
	 * Interrupted (the node stopping), the request stays in the publication registry and
	 * is handled at the next start.
	 */
	@ApplicationModuleListener
	void on(ResetRequested request) throws InterruptedException {
		Thread.sleep(ANSWER_FIRST);
		String email = request.email();
		accounts.byEmail(email).filter(stored -> stored.person().enabled()).ifPresent(stored -> {
			Person person = stored.person();
			String token = issue(person.id(), AccountToken.Purpose.RESET, null, settings.resetValidity());
			mail.reset(email, person.displayName(), token, settings.resetValidity().toMinutes());
		});
	}

	/**
	 * Whether a reset link can still be used (shown before asking for the new password).
	 */
	boolean resetUsable(String token) {
		return usable(token, AccountToken.Purpose.RESET).isPresent();
	}

	/**
	 * Sets a new password from a reset link. The link proves the address, so the account
	 * is confirmed and unlocked, and every other device is signed out.
	 * @return the problems (empty on success), or {@code null} when the link no longer
	 * works
	 */
	@Transactional
	@Nullable FormProblems reset(String token, String password) {
		Optional<AccountRepository.StoredToken> found = usable(token, AccountToken.Purpose.RESET);
		if (found.isEmpty()) {
			return null;
		}
		Optional<AccountRepository.Stored> stored = accounts.byId(found.get().readerId());
		if (stored.isEmpty()) {
			return null;
		}
		Person person = stored.get().person();
		FormProblems problems = new FormProblems();
		policy.problem(password, person.email(), person.displayName()).ifPresent(key -> problems.add("password", key));
		if (!problems.isEmpty()) {
			return problems;
		}
		if (use(token, AccountToken.Purpose.RESET).isEmpty()) {
			return null;
		}
		accounts.changePassword(person.id(), passwords.encode(password));
		accounts.markVerified(person.id());
		accounts.forgetLogins(person.email(), null);
		throttle.cleared(person.email());
		return problems;
	}

	/**
	 * Mails a confirmation link to the new address; the change happens when it is
	 * followed.
	 */
	@Transactional
	FormProblems requestEmailChange(long readerId, String typedEmail, String currentPassword, boolean mayMail) {
		Person person = checked(readerId);
		String email = EmailAddress.normalize(typedEmail);
		FormProblems problems = new FormProblems();
		if (!(EmailAddress.parse(email) instanceof EmailAddress.Valid)) {
			problems.add("newEmail", "account.email.invalid");
		}
		else if (email.equals(person.email())) {
			problems.add("newEmail", "account.email.same");
		}
		if (!passwordMatches(readerId, currentPassword)) {
			problems.add("emailPassword", "account.password.wrong");
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		Optional<AccountRepository.Stored> taken = accounts.byEmail(email);
		if (!mayMail) {
			return problems;
		}
		if (taken.isPresent()) {
			mail.alreadyRegistered(email, taken.get().person().displayName());
			return problems;
		}
		String token = issue(readerId, AccountToken.Purpose.EMAIL_CHANGE, email, settings.verificationValidity());
		mail.confirmNewAddress(email, person.displayName(), token, settings.verificationValidity().toHours());
		mail.addressChanging(person.email(), person.displayName(), email);
		return problems;
	}

	/**
	 * Follows the link mailed to a new address. Every device is signed out, so that no
	 * session goes on under the old address.
	 */
	@Transactional
	Optional<Person> confirmEmailChange(String token) {
		Optional<AccountRepository.StoredToken> found = usable(token, AccountToken.Purpose.EMAIL_CHANGE);
		if (found.isEmpty() || found.get().newEmail() == null) {
			return Optional.empty();
		}
		String newEmail = found.get().newEmail();
		if (accounts.byEmail(newEmail).isPresent() || use(token, AccountToken.Purpose.EMAIL_CHANGE).isEmpty()) {
			return Optional.empty();
		}
		Optional<AccountRepository.Stored> stored = accounts.byId(found.get().readerId());
		stored.ifPresent(s -> {
			accounts.changeEmail(s.person().id(), newEmail);
			accounts.forgetLogins(s.person().email(), null);
		});
		return accounts.byId(found.get().readerId()).map(AccountRepository.Stored::person);
	}

	@Transactional
	FormProblems changePassword(long readerId, String currentPassword, String newPassword, String keepSessionId) {
		Person person = checked(readerId);
		FormProblems problems = new FormProblems();
		if (!passwordMatches(readerId, currentPassword)) {
			problems.add("currentPassword", "account.password.wrong");
		}
		policy.problem(newPassword, person.email(), person.displayName())
			.ifPresent(key -> problems.add("newPassword", key));
		if (problems.isEmpty()) {
			accounts.changePassword(readerId, passwords.encode(newPassword));
			accounts.forgetLogins(person.email(), keepSessionId);
		}
		return problems;
	}

	/**
	 * Deletes the account and announces {@link AccountClosed}: comments are anonymised
	 * and the newsletter subscription ends in their own features.
	 */
	@Transactional
	FormProblems close(long readerId, String currentPassword) {
		Person person = checked(readerId);
		FormProblems problems = new FormProblems();
		if (!passwordMatches(readerId, currentPassword)) {
			problems.add("deletePassword", "account.password.wrong");
			return problems;
		}
		if (person.role() == Role.ADMIN && person.enabled() && accounts.countEnabledAdmins() <= 1) {
			problems.add("deletePassword", "account.delete.last-admin");
			return problems;
		}
		accounts.forgetLogins(person.email(), null);
		accounts.delete(readerId);
		events.publishEvent(new AccountClosed(readerId, person.email()));
		mail.closed(person.email(), person.displayName());
		log.info("Account {} closed by its owner", readerId);
		return problems;
	}

	Optional<Person> person(long readerId) {
		return accounts.byId(readerId).map(AccountRepository.Stored::person);
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void forgetExpiredLinks() {
		accounts.deleteExpiredTokens(clock.instant().minus(java.time.Duration.ofDays(1)));
	}

	private Person checked(long readerId) {
		return accounts.byId(readerId)
			.map(AccountRepository.Stored::person)
			.orElseThrow(() -> new IllegalStateException("No account " + readerId));
	}

	private boolean passwordMatches(long readerId, @Nullable String password) {
		return password != null && accounts.byId(readerId)
			.map(stored -> passwords.matches(password, stored.passwordHash()))
			.orElse(false);
	}

	private String issue(long readerId, AccountToken.Purpose purpose, @Nullable String newEmail,
			java.time.Duration validity) {
		Instant now = clock.instant();
		accounts.retireTokens(readerId, purpose, now);
		String token = MailTokens.fresh();
		accounts.insertToken(MailTokens.hash(token), readerId, purpose, newEmail, now.plus(validity));
		return token;
	}

	private Optional<AccountRepository.StoredToken> usable(@Nullable String token, AccountToken.Purpose purpose) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		return accounts.token(MailTokens.hash(token))
			.filter(t -> t.purpose() == purpose && t.usedAt() == null && t.expiresAt().isAfter(now));
	}

	private Optional<AccountRepository.StoredToken> use(String token, AccountToken.Purpose purpose) {
		return usable(token, purpose).filter(t -> accounts.useToken(MailTokens.hash(token), clock.instant()));
	}

}
