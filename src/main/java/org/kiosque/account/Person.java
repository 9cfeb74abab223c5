package org.kiosque.account;

import java.time.Instant;

/**
 * Someone with an account, as the newsroom's people admin and the {@code user} command
 * see them.
 *
 * @param verified whether they confirmed their address
 * @param enabled {@code false} once an admin disabled them: they can no longer sign in
 */
public record Person(long id, String email, String displayName, Role role, boolean verified, boolean enabled,
		Instant createdAt) {

	ReaderIdentity identity() {
		return new ReaderIdentity(id, email, displayName, role);
	}
}
