package org.kiosque.site;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The outbox as staff see it.
 *
 * @param waiting mails not yet sent (retrying included)
 * @param failed mails given up after every attempt
 * @param oldestWaiting when the oldest unsent mail was written, if any
 * @param lastError the last sending failure's message, if the last attempt failed
 * @param lastSent when a mail last left, if one did since this node started
 */
public record OutboxState(long waiting, long failed, @Nullable Instant oldestWaiting, @Nullable String lastError,
		@Nullable Instant lastSent) {

	/** Whether mail is stuck: failing now, or given up on. */
	public boolean troubled() {
		return lastError != null || failed > 0;
	}

}
