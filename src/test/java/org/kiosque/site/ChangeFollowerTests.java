package org.kiosque.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The change log read in the order rows become visible: a row that shows up after a later
 * one (its transaction committed later) is still handed out, each row once, and the
 * position a reader may start again from never passes a missing row until it shows up or
 * is given up as rolled back.
 */
class ChangeFollowerTests {

	private final List<LoggedChange> visible = new ArrayList<>();

	private List<LoggedChange> after(long seq, int limit) {
		return visible.stream()
			.filter(r -> r.seq() > seq)
			.sorted((a, b) -> Long.compare(a.seq(), b.seq()))
			.limit(limit)
			.toList();
	}

	@Test
	void aRowCommittedAfterALaterOneIsHandedOutOnceAndThePositionWaitsForIt() {
		ChangeFollower follower = new ChangeFollower(this::after, 10, 100, Duration.ofHours(1));
		row(11);
		row(13);
		assertThat(follower.next()).extracting(LoggedChange::seq).containsExactly(11L, 13L);
		assertThat(follower.position()).as("12 may still commit").isEqualTo(11);
		assertThat(follower.next()).as("each row once").isEmpty();

		row(12);
		row(14);
		assertThat(follower.next()).extracting(LoggedChange::seq).containsExactly(12L, 14L);
		assertThat(follower.position()).isEqualTo(14);
	}

	@Test
	void aMissingRowIsGivenUpAfterTheSettlingTime() {
		ChangeFollower follower = new ChangeFollower(this::after, 0, 100, Duration.ofMillis(200));
		row(2);
		assertThat(follower.next()).extracting(LoggedChange::seq).containsExactly(2L);
		assertThat(follower.position()).isZero();
		await().atMost(Duration.ofSeconds(5)).until(() -> {
			follower.next();
			return follower.position() == 2;
		});
	}

	private void row(long seq) {
		visible.add(new LoggedChange(seq, "ArticleChanged", Long.toString(seq), "node"));
	}

}
