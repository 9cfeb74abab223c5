package org.kiosque.webhooks;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A hook as the newsroom shows it (never its secret: that is shown apart, on demand).
 *
 * @param events the wire names of its events
 * @param failing whether its latest attempts failed,
 * {@code kiosque.webhooks.failing-after} of them in a row or more
 * @param disabledReason why it was switched off automatically, if it was
 * @param lastAttempt its latest attempt, if any
 * @param waiting deliveries not yet delivered nor given up
 */
public record HookView(long id, String url, List<String> events, boolean enabled, boolean failing,
		int consecutiveFailures, @Nullable String disabledReason, @Nullable AttemptView lastAttempt, long waiting) {

	public HookView {
		events = List.copyOf(events);
	}

	/** The hook's page in the newsroom. */
	public String path() {
		return WebhookDesk.PATH + "/" + id;
	}

}
