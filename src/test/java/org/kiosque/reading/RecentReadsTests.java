package org.kiosque.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecentReadsTests {

	private static final long NOW = 1_800_000_000L;

	private static final long WINDOW = 1800;

	@Test
	void aReaderWithoutTheCookieHasReadNothing() {
		assertThat(new RecentReads(null).includes(7, NOW - WINDOW)).isFalse();
		assertThat(new RecentReads(null).with(7, NOW, NOW - WINDOW, 40)).isEqualTo("7." + Long.toString(NOW, 36));
	}

	@Test
	void anArticleCountedWithinTheWindowIsRemembered() {
		String cookie = new RecentReads(null).with(1234, NOW - 60, NOW - 60 - WINDOW, 40);
		assertThat(new RecentReads(cookie).includes(1234, NOW - WINDOW)).isTrue();
		assertThat(new RecentReads(cookie).includes(1235, NOW - WINDOW)).isFalse();
	}

	@Test
	void anArticleCountedBeforeTheWindowCountsAgain() {
		String cookie = new RecentReads(null).with(1234, NOW - WINDOW - 1, NOW - 2 * WINDOW, 40);
		assertThat(new RecentReads(cookie).includes(1234, NOW - WINDOW)).isFalse();
	}

	@Test
	void anIdIsNotTakenForAnotherThatStartsTheSameWay() {
		// 1 and 37 are "1" and "11" in base 36.
		String cookie = new RecentReads(null).with(37, NOW, NOW - WINDOW, 40);
		assertThat(new RecentReads(cookie).includes(1, NOW - WINDOW)).isFalse();
		assertThat(new RecentReads(cookie).includes(37, NOW - WINDOW)).isTrue();
	}

	@Test
	void theNextCookieDropsWhatTheWindowLeftBehindAndKeepsTheRest() {
		String old = new RecentReads(null).with(1, NOW - WINDOW - 10, NOW - 2 * WINDOW, 40);
		String both = new RecentReads(old).with(2, NOW - 100, NOW - 100 - WINDOW, 40);
		String next = new RecentReads(both).with(3, NOW, NOW - WINDOW, 40);

		RecentReads recent = new RecentReads(next);
		assertThat(recent.includes(1, NOW - WINDOW)).isFalse();
		assertThat(recent.includes(2, NOW - WINDOW)).isTrue();
		assertThat(recent.includes(3, NOW - WINDOW)).isTrue();
		assertThat(next).doesNotStartWith("1.");
	}

	@Test
	void theCookieRemembersAtMostTheLimitDroppingTheOldestFirst() {
		String cookie = null;
		for (long id = 1; id <= 45; id++) {
			cookie = new RecentReads(cookie).with(id, NOW - 45 + id, NOW - WINDOW, 40);
		}
		RecentReads recent = new RecentReads(cookie);
		assertThat(cookie.split("_")).hasSize(40);
		assertThat(recent.includes(5, NOW - WINDOW)).isFalse();
		assertThat(recent.includes(6, NOW - WINDOW)).isTrue();
		assertThat(recent.includes(45, NOW - WINDOW)).isTrue();
	}

	@Test
	void aDamagedCookieIsReadAsNothingAndReplaced() {
		for (String damaged : new String[] { "", "_", "..", "zz", "1.", ".1", "1.!!", "1.zzzzzzzzzzzzzzzz",
				"0123456789abcdef0123456789abcdef" }) {
			RecentReads recent = new RecentReads(damaged);
			assertThat(recent.includes(1, NOW - WINDOW)).as(damaged).isFalse();
			assertThat(recent.with(1, NOW, NOW - WINDOW, 40)).as(damaged).isEqualTo("1." + Long.toString(NOW, 36));
		}
	}

}
