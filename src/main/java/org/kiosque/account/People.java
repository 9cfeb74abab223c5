package org.kiosque.account;

import org.kiosque.site.EmailAddress;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.kiosque.site.Labels;

/**
 * The newspaper's people as an admin manages them, from the newsroom's people page or the
 * {@code user} command: add staff, change roles, disable. The last enabled admin can be
 * neither demoted nor disabled, so the newspaper always keeps one.
 */
@Service
public class People {

	private static final Logger log = LoggerFactory.getLogger(People.class);

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final Labels labels;

	private final Clock clock;

	People(AccountRepository accounts, PasswordEncoder passwords, PasswordPolicy policy, Labels labels, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.policy = policy;
		this.labels = labels;
		this.clock = clock;
	}

	/** Everyone, readers included, by address. */
	public List<Person> everyone() {
		return accounts.all();
	}

	/** Contributors, editors and admins, by address. */
	public List<Person> staff() {
		return accounts.staff();
	}

	public Optional<Person> find(String email) {
		return accounts.byEmail(EmailAddress.normalize(email)).map(AccountRepository.Stored::person);
	}

	public Optional<Person> find(long id) {
		return accounts.byId(id).map(AccountRepository.Stored::person);
	}

	public boolean hasAdmin() {
		return accounts.countEnabledAdmins() > 0;
	}

	/**
	 * Adds someone whose address an admin vouches for: confirmed at once.
	 * @throws AccountRefused for an invalid address, a weak password or an address
	 * already in use
	 */
	@Transactional
	public Person add(String typedEmail, String displayName, Role role, String password) {
		String email = EmailAddress.normalize(typedEmail);
		String name = displayName.strip();
		if (!(EmailAddress.parse(email) instanceof EmailAddress.Valid)) {
			throw refused("account.email.invalid");
		}
		if (name.isEmpty() || name.length() > 80) {
			throw refused(name.isEmpty() ? "account.name.required" : "account.name.too-long");
		}
		policy.problem(password, email, name).ifPresent(key -> {
			throw refused(key, policy.minLength());
		});
		if (accounts.byEmail(email).isPresent()) {
			throw refused("account.people.exists", email);
		}
		long id = accounts.insert(email, name, passwords.encode(password), role, true, clock.instant());
		log.info("Account {} added with role {}", id, role);
		return find(id).orElseThrow();
	}

	/**
	 * Adds a staff member who cannot sign in until an admin invites them: the account is
	 * disabled, unconfirmed, and its password a hash of 256 random bits nobody knows.
	 * Following an invitation to the address ({@link Invitations}) sets the name and
	 * password and enables it, keeping its id, so that the articles it signs stay theirs.
	 * For authors brought over from another platform (the {@code movein} commands).
	 * @param typedEmail the address; an account that has it already is returned as it is
	 * @param displayName the name, cut to 80 characters (blank: the address's local part)
	 * @param role a staff role (not {@link Role#READER})
	 * @throws AccountRefused for an invalid address
	 */
	@Transactional
	public Person addAwaitingInvitation(String typedEmail, String displayName, Role role) {
		String email = EmailAddress.normalize(typedEmail);
		if (!(EmailAddress.parse(email) instanceof EmailAddress.Valid) || role == Role.READER) {
			throw refused("account.email.invalid");
		}
		Optional<AccountRepository.Stored> existing = accounts.byEmail(email);
		if (existing.isPresent()) {
			return existing.get().person();
		}
		String name = displayName.strip().isEmpty() ? email.substring(0, email.indexOf('@')) : displayName.strip();
		name = name.length() > 80 ? name.substring(0, 80) : name;
		byte[] secret = new byte[32];
		new java.security.SecureRandom().nextBytes(secret);
		long id = accounts.insert(email, name, passwords.encode(java.util.HexFormat.of().formatHex(secret)), role,
				false, clock.instant());
		accounts.changeEnabled(id, false);
		log.info("Account {} added with role {}, awaiting an invitation", id, role);
		return find(id).orElseThrow();
	}

	@Transactional
	public Person changeRole(long id, Role role) {
		Person person = find(id).orElseThrow(() -> refused("account.people.unknown", id));
		if (person.role() == role) {
			return person;
		}
		if (person.role() == Role.ADMIN && role != Role.ADMIN && person.enabled()
				&& accounts.countEnabledAdmins() <= 1) {
			throw refused("account.people.last-admin");
		}
		accounts.changeRole(id, role);
		// Open sessions carry the old role: they end, and the next sign-in gets the new
		// one.
		accounts.forgetLogins(person.email(), null);
		log.info("Account {} now has role {}", id, role);
		return find(id).orElseThrow();
	}

	@Transactional
	public Person changeEnabled(long id, boolean enabled) {
		Person person = find(id).orElseThrow(() -> refused("account.people.unknown", id));
		if (!enabled && person.role() == Role.ADMIN && person.enabled() && accounts.countEnabledAdmins() <= 1) {
			throw refused("account.people.last-admin");
		}
		accounts.changeEnabled(id, enabled);
		if (!enabled) {
			accounts.forgetLogins(person.email(), null);
		}
		log.info("Account {} {}", id, enabled ? "enabled" : "disabled");
		return find(id).orElseThrow();
	}

	/** Notes a sign-in, for the people page's "last sign-in". */
	void signedIn(String email) {
		accounts.signedIn(email, clock.instant());
	}

	/**
	 * @return the message of the password policy, to tell someone typing one in
	 */
	public String passwordRule() {
		return labels.count("account.password.rule", policy.minLength());
	}

	private AccountRefused refused(String key, Object... args) {
		return new AccountRefused(labels.get(key, args));
	}

}
