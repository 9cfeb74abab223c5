package org.kiosque.account;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Someone with an account, as the newsroom's people admin and the {@code user} command
 * see them.
 *
 * @param verified whether they confirmed their address
 * @param enabled {@code false} once an admin disabled them: they can no longer sign in
 * @param lastSignInAt when they last signed in with their password (or an invitation or
 * setup code), {@code null} if never
 */
public record Person(long id, String email, String displayName, Role role, boolean verified, boolean enabled,
		Instant createdAt, @Nullable Instant lastSignInAt) {

	ReaderIdentity identity() {
		return new ReaderIdentity(id, email, displayName, role);
	}
}
