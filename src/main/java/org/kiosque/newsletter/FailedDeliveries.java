package org.kiosque.newsletter;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the {@link Mailroom} does with a delivery the SMTP server did not take: retry it
 * later, backing off each time, or give it up; a permanent refusal counts against the
 * subscriber, who is suspended after {@code suspend-after} of them.
 */
class FailedDeliveries {

	// The mailroom's logger: whoever follows the sending follows one name.
	private static final Logger log = LoggerFactory.getLogger(Mailroom.class);

	private final DeliveryRepository deliveries;

	private final NewsletterSettings settings;

	private final Clock clock;

	FailedDeliveries(DeliveryRepository deliveries, NewsletterSettings settings, Clock clock) {
		this.deliveries = deliveries;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Records a failed attempt: retry later with back-off, or count a permanent refusal.
	 */
	void settle(DeliveryRepository.Claimed delivery, Exception failure) {
		String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
		if (SmtpVerdict.of(failure) == SmtpVerdict.PERMANENT) {
			log.info("Newsletter delivery {} refused for good: {}", delivery.id(), error);
			deliveries.failed(delivery.id(), error);
			deliveries.permanentFailureOf(delivery.subscriberId(), settings.suspendAfter());
			return;
		}
		int attempts = delivery.attempts() + 1;
		if (attempts >= settings.maxAttempts()) {
			log.info("Newsletter delivery {} given up after {} attempts: {}", delivery.id(), attempts, error);
			deliveries.failed(delivery.id(), error);
			return;
		}
		deliveries.retryLater(delivery.id(), clock.instant().plus(backOff(attempts)), error);
	}

	/** The wait before attempt {@code attempts + 1}: doubled each time, up to a cap. */
	Duration backOff(int attempts) {
		Duration delay = settings.retryDelay().multipliedBy(1L << Math.min(attempts - 1, 20));
		return delay.compareTo(settings.maxRetryDelay()) > 0 ? settings.maxRetryDelay() : delay;
	}

}
