package org.kiosque.wires;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The wires in {@code /actuator/health} ({@code wires}): each active source's failures in
 * a row, last error and its time, last success. A source that has failed
 * {@code kiosque.wires.failing-after} times in a row or more makes the component
 * {@code FAILING}, a status of its own that the site's overall status ignores unless the
 * operator ranks it ({@code management.endpoint.health.status.order}): readers are served
 * whatever an agency's server does, and a node is not taken out of its load balancer for
 * it.
 */
@Component("wiresHealthIndicator")
class WiresHealth implements HealthIndicator {

	/** The component's status while a source keeps failing. */
	static final Status FAILING = new Status("FAILING", "a wire source keeps failing");

	private final WireSources sources;

	private final PollRepository polls;

	private final WireSettings settings;

	WiresHealth(WireSources sources, PollRepository polls, WireSettings settings) {
		this.sources = sources;
		this.polls = polls;
		this.settings = settings;
	}

	@Override
	public Health health() {
		Map<String, PollRepository.State> states = polls.all();
		Map<String, Object> details = new LinkedHashMap<>();
		List<String> failing = new java.util.ArrayList<>();
		for (WireSource source : sources.all()) {
			if (!source.active()) {
				continue;
			}
			PollRepository.State state = states.get(source.key());
			Map<String, Object> one = new LinkedHashMap<>();
			one.put("type", source.kind().word());
			int failures = state == null ? 0 : state.failures();
			one.put("failuresInARow", failures);
			if (state != null && state.lastError() != null) {
				one.put("lastError", state.lastError());
				one.put("lastErrorAt", String.valueOf(state.lastErrorAt()));
			}
			if (state != null && state.lastSuccessAt() != null) {
				one.put("lastSuccessAt", state.lastSuccessAt().toString());
			}
			if (failures >= settings.failingAfter()) {
				failing.add(source.name());
			}
			details.put(source.name(), one);
		}
		Health.Builder health = failing.isEmpty() ? Health.up() : Health.status(FAILING);
		health.withDetail("failing", failing);
		health.withDetail("sources", details);
		return health.build();
	}

}
