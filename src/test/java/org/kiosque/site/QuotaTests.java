package org.kiosque.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The database counter behind the mail limits admits exactly {@code limit} hits per key
 * and window, however many requests race for it.
 */
@KiosqueTest
class QuotaTests {

	@Autowired
	Quota quota;

	@Test
	void fortyRacingHitsAdmitExactlyTheLimit() throws Exception {
		String key = "race-" + System.nanoTime();
		List<Callable<Boolean>> hits = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			hits.add(() -> quota.admit(key, 3, Duration.ofHours(1)));
		}
		int admitted = 0;
		try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
			for (Future<Boolean> hit : threads.invokeAll(hits)) {
				admitted += hit.get() ? 1 : 0;
			}
		}
		assertThat(admitted).isEqualTo(3);
		assertThat(quota.admit("other-" + key, 3, Duration.ofHours(1))).isTrue();
	}

}
