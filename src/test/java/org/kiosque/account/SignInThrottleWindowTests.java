package org.kiosque.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** The throttle's window slides: a lock ends by itself, a reset ends it at once. */
class SignInThrottleWindowTests {

	/** A clock the test moves by hand. */
	static final class HandClock extends Clock {

		Instant now = Instant.parse("2026-01-24T10:00:00Z");

		@Override
		public ZoneId getZone() {
			return ZoneId.of("UTC");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

	private final HandClock clock = new HandClock();

	private final SignInThrottle throttle = new SignInThrottle(
			new AccountSettings(Duration.ofHours(48), Duration.ofHours(1), Duration.ofDays(30), 10, 5, 5,
					Duration.ofMinutes(15), "no-reply@localhost", Duration.ofDays(7), Duration.ofHours(24), 5, true),
			clock);

	@Test
	void lockEndsFifteenMinutesAfterTheOldestFailure() {
		for (int i = 0; i < 5; i++) {
			throttle.failed("lea@exemple.fr", "203.0.113." + i);
			clock.now = clock.now.plus(Duration.ofMinutes(1));
		}
		assertThat(throttle.blocked("Lea@Exemple.fr", "198.51.100.1")).contains(Duration.ofMinutes(10));

		clock.now = clock.now.plus(Duration.ofMinutes(10));
		assertThat(throttle.blocked("lea@exemple.fr", "198.51.100.1")).isEmpty();
	}

	@Test
	void fourFailuresDoNotLockAndAResetClearsALock() {
		for (int i = 0; i < 4; i++) {
			throttle.failed("paul@exemple.fr", "203.0.113." + i);
		}
		assertThat(throttle.blocked("paul@exemple.fr", "198.51.100.1")).isEmpty();
		throttle.failed("paul@exemple.fr", "203.0.113.9");
		assertThat(throttle.blocked("paul@exemple.fr", "198.51.100.1")).isPresent();

		throttle.cleared("paul@exemple.fr");
		assertThat(throttle.blocked("paul@exemple.fr", "198.51.100.1")).isEmpty();
	}

	@Test
	void oneAddressFailingOnManyAccountsIsLockedForAllOfThem() {
		for (int i = 0; i < 5; i++) {
			throttle.failed("inconnu" + i + "@exemple.fr", "203.0.113.77");
		}
		assertThat(throttle.blocked("quelqun@exemple.fr", "203.0.113.77")).isPresent();
		assertThat(throttle.blocked("quelqun@exemple.fr", "203.0.113.78")).isEmpty();
	}

}
