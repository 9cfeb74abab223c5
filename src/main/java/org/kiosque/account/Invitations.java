package org.kiosque.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.EmailAddress;
import org.kiosque.site.FormProblems;
import org.kiosque.site.MailTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to the newsroom: an admin names an address and a role, the address gets a
 * link (256 random bits; only its SHA-256 hash is stored) that works once, for
 * {@code kiosque.account.invitation-validity}, and sets the password.
 * <p>
 * The admin's answer is the same whether the address already has an account or not: an
 * invitation is stored and mailed either way. Following it, the address's owner (the only
 * one who can) chooses a name and password; an existing account keeps its id, gets the
 * role unless it already had a higher one, and is confirmed and enabled.
 */
@Service
public class Invitations {

	private static final Logger log = LoggerFactory.getLogger(Invitations.class);

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final AccountMail mail;

	private final AccountSettings settings;

	private final SignInThrottle throttle;

	private final Clock clock;

	Invitations(AccountRepository accounts, PasswordEncoder passwords, PasswordPolicy policy, AccountMail mail,
			AccountSettings settings, SignInThrottle throttle, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.policy = policy;
		this.mail = mail;
		this.settings = settings;
		this.throttle = throttle;
		this.clock = clock;
	}

	/** An invitation not yet followed, for the people page. */
	public record Pending(String email, Role role, Instant sentAt, Instant expiresAt) {
	}

	/** What an invitation link offers, shown before the password is chosen. */
	record Offer(String email, Role role) {
	}

	/**
	 * Mails an invitation; earlier ones to the same address stop working.
	 * @param invitedBy the admin's account
	 * @return the problems of the form (an invalid address, a role that is no staff
	 * role), empty when the invitation was sent
	 */
	@Transactional
	public FormProblems invite(String typedEmail, String typedRole, String inviterName, long invitedBy) {
		String email = EmailAddress.normalize(typedEmail);
		FormProblems problems = new FormProblems();
		if (!(EmailAddress.parse(email) instanceof EmailAddress.Valid)) {
			problems.add("email", "account.email.invalid");
		}
		Role role = staffRole(typedRole);
		if (role == null) {
			problems.add("role", "newsroom.people.bad-role");
		}
		if (!problems.isEmpty() || role == null) {
			return problems;
		}
		Instant now = clock.instant();
		accounts.retireInvitations(email, now);
		String token = MailTokens.fresh();
		Duration validity = settings.invitationValidity();
		accounts.insertInvitation(MailTokens.hash(token), email, role, invitedBy, now, now.plus(validity));
		mail.invite(email, inviterName, role, token, validity);
		log.info("Invitation as {} sent by account {}", role, invitedBy);
		return problems;
	}

	/** The invitations that can still be followed, newest first. */
	public List<Pending> pending() {
		return accounts.pendingInvitations(clock.instant())
			.stream()
			.map(p -> new Pending(p.email(), p.role(), p.createdAt(), p.expiresAt()))
			.toList();
	}

	/** What the link offers, or empty when it does not work (unknown, used, expired). */
	Optional<Offer> offer(@Nullable String token) {
		return usable(token).map(i -> new Offer(i.email(), i.role()));
	}

	/**
	 * Follows an invitation: creates the account, or updates the address's account.
	 * @return the problems (empty on success), or {@code null} when the link does not
	 * work
	 */
	@Transactional
	@Nullable FormProblems accept(String token, String typedName, String password) {
		Optional<AccountRepository.StoredInvitation> found = usable(token);
		if (found.isEmpty()) {
			return null;
		}
		String email = found.get().email();
		String name = typedName.strip();
		FormProblems problems = new FormProblems();
		if (name.isEmpty()) {
			problems.add("displayName", "account.name.required");
		}
		else if (name.length() > 80) {
			problems.add("displayName", "account.name.too-long");
		}
		policy.problem(password, email, name).ifPresent(key -> problems.add("password", key));
		if (!problems.isEmpty()) {
			return problems;
		}
		if (!accounts.useInvitation(MailTokens.hash(token), clock.instant())) {
			return null;
		}
		Role role = found.get().role();
		Optional<AccountRepository.Stored> existing = accounts.byEmail(email);
		if (existing.isPresent()) {
			Person person = existing.get().person();
			Role kept = person.role().includes(role) ? person.role() : role;
			accounts.acceptInvitation(person.id(), name, passwords.encode(password), kept);
			accounts.forgetLogins(email, null);
			throttle.cleared(email);
			log.info("Invitation accepted by existing account {}, role {}", person.id(), kept);
		}
		else {
			long id = accounts.insert(email, name, passwords.encode(password), role, true, clock.instant());
			log.info("Invitation accepted: account {} added with role {}", id, role);
		}
		return problems;
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT7M")
	void forgetOldInvitations() {
		accounts.deleteOldInvitations(clock.instant().minus(Duration.ofDays(30)));
	}

	private Optional<AccountRepository.StoredInvitation> usable(@Nullable String token) {
		if (token == null || !MailTokens.wellFormed(token)) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		return accounts.invitation(MailTokens.hash(token))
			.filter(i -> i.usedAt() == null && i.expiresAt().isAfter(now));
	}

	private static @Nullable Role staffRole(String typed) {
		for (Role role : Role.values()) {
			if (role != Role.READER && role.name().equals(typed)) {
				return role;
			}
		}
		return null;
	}

}
