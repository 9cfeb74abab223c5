package org.kiosque.newsletter;

import java.time.Instant;

/** An edition and how its deliveries stand, for the newsroom. */
public record EditionSummary(long id, String kind, String subject, int articleCount, Instant createdAt, long sent,
		long failed, long waiting, long cancelled) {
}
