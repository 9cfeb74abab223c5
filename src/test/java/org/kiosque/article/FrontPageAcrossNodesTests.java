package org.kiosque.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kiosque.account.Role;
import org.kiosque.support.Browser;
import org.kiosque.support.DatabaseAvailable;
import org.kiosque.support.KiosqueNode;
import org.kiosque.support.NodesOnOneDatabase;
import org.kiosque.support.StaffSession;

/**
 * Two nodes on one database: the front page an editor makes on one is the page the other
 * serves within a few seconds, though the other keeps its page copies and articles an
 * hour here: the change log tells it ({@code kiosque.changes.poll-interval}). The choice
 * itself lives in the database.
 */
@ExtendWith(DatabaseAvailable.class)
@Tag("database")
class FrontPageAcrossNodesTests {

	@RegisterExtension
	static final NodesOnOneDatabase NODES = new NodesOnOneDatabase("front_page_nodes");

	@Test
	void aFrontPageMadeOnOneNodeIsServedByTheOther() throws Exception {
		try (KiosqueNode one = NODES.start("one", NodesOnOneDatabase.LONG_LIVED_COPIES);
				KiosqueNode two = NODES.start("two", NodesOnOneDatabase.LONG_LIVED_COPIES)) {
			Newsdesk desk = one.bean(Newsdesk.class);
			Instant lastMonth = Instant.now().minus(30, ChronoUnit.DAYS);
			var first = desk.create(FrontPageCurationTests.draft("Choisie d’abord " + System.nanoTime(), null,
					lastMonth, ArticleStatus.PUBLISHED), 0);
			var then = desk.create(FrontPageCurationTests.draft("Choisie ensuite " + System.nanoTime(), null,
					lastMonth.minusSeconds(60), ArticleStatus.PUBLISHED), 0);
			Browser editor = StaffSession.signedIn(one.context, one.port, Role.EDITOR);

			assertThat(FrontPageCurationTests.choose(editor, List.of(first.id()), List.of()).status()).isEqualTo(302);
			await().atMost(Duration.ofSeconds(10)).until(() -> lead(two).equals(first.path()));
			// The other node now holds a copy of its front page: it must not outlive the
			// change.
			assertThat(lead(two)).isEqualTo(first.path());

			assertThat(FrontPageCurationTests.choose(editor, List.of(then.id()), List.of()).status()).isEqualTo(302);
			long changed = System.nanoTime();
			assertThat(lead(one)).isEqualTo(then.path());
			await().atMost(Duration.ofSeconds(10))
				.pollInterval(Duration.ofMillis(50))
				.until(() -> lead(two).equals(then.path()));
			long millis = Duration.ofNanos(System.nanoTime() - changed).toMillis();
			System.out.printf("Front page changed on one node, served by the other after %d ms%n", millis);
			assertThat(millis).isLessThan(5_000);
		}
	}

	private static String lead(KiosqueNode node) {
		return new Browser(node.port).get("/").html().select(".lead-story h2 a").attr("href");
	}

}
