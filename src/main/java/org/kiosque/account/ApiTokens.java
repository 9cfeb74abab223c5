package org.kiosque.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.CleanText;
import org.kiosque.site.MailTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tokens of the publishing API ({@code /api/admin/**}): made by admins (newsroom page
 * {@code /newsroom/tokens}, or the {@code token create} command), each printed once and
 * kept only as a SHA-256 hash (256 random bits: a fast hash is enough, nothing can be
 * guessed), listed with their last use, revoked at once. A token acts as its own account
 * (named after it, unable to sign in) with its role: the desk records it as the author of
 * what it writes, and a contributor's token may do only what a contributor may.
 */
@Service
public class ApiTokens {

	/** What every token starts with, so that secret scanners and people recognise one. */
	public static final String PREFIX = "kiosque_";

	/** The longest name, the column's. */
	public static final int NAME = 80;

	/** Last use is written at most this often per token: not one write per request. */
	private static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

	private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);

	private final ApiTokenRepository tokens;

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final Clock clock;

	ApiTokens(ApiTokenRepository tokens, AccountRepository accounts, PasswordEncoder passwords, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.passwords = passwords;
		this.clock = clock;
	}

	/**
	 * A new token.
	 * @param name what it is for, one line, 1 to {@value #NAME} characters
	 * @param role {@code CONTRIBUTOR}, {@code EDITOR} or {@code ADMIN}
	 * @param createdBy the admin's account, {@code null} from the command line
	 * @return the token with its secret, to print once
	 * @throws Refused for a blank or too long name, or a reader's role
	 */
	@Transactional
	public Issued create(String name, Role role, @Nullable Long createdBy) {
		String clean = CleanText.line(name == null ? "" : name).strip();
		if (clean.isEmpty() || clean.length() > NAME) {
			throw new Refused(Refusal.NAME);
		}
		if (role == Role.READER) {
			throw new Refused(Refusal.ROLE);
		}
		Instant now = clock.instant();
		// The token's own account: disabled, with a password nobody knows, so it never
		// signs in; its address is in the reserved .invalid domain (RFC 2606).
		String email = "api-token-" + UUID.randomUUID() + "@tokens.invalid";
		long account = accounts.insert(email, clean, passwords.encode(MailTokens.fresh()), role, true, now);
		accounts.changeEnabled(account, false);
		String secret = PREFIX + MailTokens.fresh();
		long id = tokens.insert(clean, MailTokens.hash(secret), role, account, createdBy, now);
		log.info("API token {} ({}) made with role {}", id, clean, role);
		return new Issued(tokens.find(id).orElseThrow(), secret);
	}

	/** Every token, working ones first, then by name. */
	public List<ApiToken> all() {
		return tokens.all();
	}

	public Optional<ApiToken> find(long id) {
		return tokens.find(id);
	}

	/**
	 * Revokes the token at once; false when there is none by that id or it was already.
	 */
	public boolean revoke(long id) {
		boolean revoked = tokens.revoke(id, clock.instant());
		if (revoked) {
			log.info("API token {} revoked", id);
		}
		return revoked;
	}

	/**
	 * The caller a request's token stands for, its last use noted; empty for a token
	 * unknown or revoked. The token itself is never logged.
	 */
	public Optional<ApiCaller> authenticate(String secret) {
		if (!secret.startsWith(PREFIX) || secret.length() > 200) {
			return Optional.empty();
		}
		return tokens.active(MailTokens.hash(secret)).map(token -> {
			Instant now = clock.instant();
			Instant last = token.lastUsedAt();
			if (last == null || last.plus(USE_RESOLUTION).isBefore(now)) {
				tokens.used(token.id(), now);
			}
			return new ApiCaller(token.id(), new ReaderIdentity(token.accountId(),
					"api-token-" + token.id() + "@tokens.invalid", token.name(), token.role()));
		});
	}

	/** A role typed on the command line or posted by the page; empty for none of them. */
	public static Optional<Role> role(String typed) {
		try {
			Role role = Role.valueOf(typed.strip().toUpperCase(Locale.ROOT));
			return role == Role.READER ? Optional.empty() : Optional.of(role);
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/** A token just made, with the secret shown this once. */
	public record Issued(ApiToken token, String secret) {
	}

	/**
	 * Why a token could not be made; {@link #messageKey()} says it in the site's
	 * language.
	 */
	public enum Refusal {

		NAME("account.token.problem.name"), ROLE("account.token.problem.role");

		private final String messageKey;

		Refusal(String messageKey) {
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return messageKey;
		}

	}

	/** A token that cannot be made, and why; nothing was written. */
	public static final class Refused extends RuntimeException {

		private final Refusal refusal;

		Refused(Refusal refusal) {
			super(refusal.name(), null, false, false);
			this.refusal = refusal;
		}

		public Refusal refusal() {
			return refusal;
		}

	}

}
