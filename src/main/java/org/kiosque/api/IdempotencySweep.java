package org.kiosque.api;

import java.time.Clock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets idempotency keys past {@code kiosque.api.idempotency-window}, hourly: a key
 * reused later starts afresh anyway, this only keeps the table small.
 */
@Component
class IdempotencySweep {

	private final IdempotencyKeys keys;

	private final ApiLimits limits;

	private final Clock clock;

	IdempotencySweep(IdempotencyKeys keys, ApiLimits limits, Clock clock) {
		this.keys = keys;
		this.limits = limits;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT11M")
	void sweep() {
		keys.forgetBefore(clock.instant().minus(limits.idempotencyWindow()));
	}

}
