package org.kiosque.webhooks;

import org.jspecify.annotations.Nullable;

/**
 * One attempt as the newsroom shows it.
 *
 * @param when its time, in the site's zone, for people
 * @param iso its time, ISO 8601, for {@code <time datetime>}
 * @param status the receiver's HTTP status, {@code null} when no answer came
 * @param excerpt the start of the answer, or what went wrong
 * @param millis how long it took
 */
public record AttemptView(long deliveryId, String event, String when, String iso, @Nullable Integer status,
		String excerpt, long millis, boolean succeeded, int attempt) {
}
