package org.kiosque.account;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A token of the publishing API ({@code /api/admin/**}) as its list shows it: never the
 * token itself, which is printed once when made and kept only as a SHA-256 hash.
 *
 * @param name what the token is for ("Résultats des élections")
 * @param role the rights it acts with; a contributor's token cannot publish
 * @param accountId the account the desk records as the author of what it writes
 * @param lastUsedAt its last accepted request (to the minute), {@code null} when never
 * @param revokedAt when it was revoked, {@code null} while it works
 */
public record ApiToken(long id, String name, Role role, long accountId, Instant createdAt, @Nullable Instant lastUsedAt,
		@Nullable Instant revokedAt) {

	/** Whether it still opens the API. */
	public boolean active() {
		return revokedAt == null;
	}

}
