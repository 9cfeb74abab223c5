package org.kiosque.newsletter;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

record Subscriber(long id, String email, @Nullable String name, SubscriberStatus status, String source,
		@Nullable Long readerId, String unsubscribeToken, int consecutiveFailures, Instant createdAt,
		@Nullable Instant confirmedAt) {
}
