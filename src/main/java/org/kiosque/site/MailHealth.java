package org.kiosque.site;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The outbox in {@code /actuator/health} ({@code mailOutbox}): always UP, since readers
 * are served whatever the mail server does, with the details staff need when mail is
 * stuck. Boot's own mail indicator, which turned the whole site DOWN with the SMTP
 * server, is off ({@code management.health.mail.enabled=false}).
 */
@Component("mailOutboxHealthIndicator")
class MailHealth implements HealthIndicator {

	private final OutboxSender sender;

	MailHealth(OutboxSender sender) {
		this.sender = sender;
	}

	@Override
	public Health health() {
		OutboxState state = sender.state();
		Health.Builder health = Health.up()
			.withDetail("waiting", state.waiting())
			.withDetail("givenUp", state.failed())
			.withDetail("troubled", state.troubled());
		if (state.oldestWaiting() != null) {
			health.withDetail("oldestWaiting", state.oldestWaiting().toString());
		}
		if (state.lastError() != null) {
			health.withDetail("lastError", state.lastError());
		}
		if (state.lastSent() != null) {
			health.withDetail("lastSent", state.lastSent().toString());
		}
		return health.build();
	}

}
