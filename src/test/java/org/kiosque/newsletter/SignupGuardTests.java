package org.kiosque.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class SignupGuardTests {

	@Test
	void oneConnectionCannotAskForMoreThanTheHourlyAllowance() {
		SignupGuard guard = new SignupGuard(settingsWithSignupsPerHour(3));
		assertThat(guard.admit("203.0.113.7")).isTrue();
		assertThat(guard.admit("203.0.113.7")).isTrue();
		assertThat(guard.admit("203.0.113.7")).isTrue();
		assertThat(guard.admit("203.0.113.7")).isFalse();
		assertThat(guard.admit("198.51.100.1")).isTrue();
	}

	static NewsletterSettings settingsWithSignupsPerHour(int n) {
		return new NewsletterSettings(true, LocalTime.of(7, 0), "Kiosque <n@localhost>", "u@localhost", 50, 4, 10,
				Duration.ofMinutes(5), Duration.ofSeconds(2), 8, Duration.ofMinutes(1), Duration.ofHours(6), 3,
				Duration.ofHours(48), n, new NewsletterSettings.Dkim("", "", null));
	}

}
