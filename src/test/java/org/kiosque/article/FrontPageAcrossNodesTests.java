package org.kiosque.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kiosque.account.Role;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueNode;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.SecondNode;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Two nodes on one database: the front page an editor makes on one is the page the other
 * serves within a few seconds, though the other keeps its page copies and articles an
 * hour here ({@link SecondNode}): the change log tells it
 * ({@code kiosque.changes.poll-interval}). The choice itself lives in the database.
 */
@KiosqueTest
class FrontPageAcrossNodesTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Newsdesk desk;

	/** The choice is the whole site's: other classes' tests expect the newest to lead. */
	@AfterEach
	void nothingStaysPinned() {
		assertThat(
				FrontPageCurationTests.choose(StaffSession.signedIn(context, port, Role.EDITOR), List.of(), List.of())
					.status())
			.isEqualTo(302);
	}

	@Test
	void aFrontPageMadeOnOneNodeIsServedByTheOther() {
		KiosqueNode two = SecondNode.beside(context);
		Instant lastMonth = Instant.now().minus(30, ChronoUnit.DAYS);
		var first = desk.create(FrontPageCurationTests.draft("Choisie d’abord " + System.nanoTime(), null, lastMonth,
				ArticleStatus.PUBLISHED), 0);
		var then = desk.create(FrontPageCurationTests.draft("Choisie ensuite " + System.nanoTime(), null,
				lastMonth.minusSeconds(60), ArticleStatus.PUBLISHED), 0);
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);

		assertThat(FrontPageCurationTests.choose(editor, List.of(first.id()), List.of()).status()).isEqualTo(302);
		await().atMost(Duration.ofSeconds(10)).until(() -> lead(two.port).equals(first.path()));
		// The other node now holds a copy of its front page: it must not outlive the
		// change.
		assertThat(lead(two.port)).isEqualTo(first.path());

		assertThat(FrontPageCurationTests.choose(editor, List.of(then.id()), List.of()).status()).isEqualTo(302);
		long changed = System.nanoTime();
		assertThat(lead(port)).isEqualTo(then.path());
		await().atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> lead(two.port).equals(then.path()));
		long millis = Duration.ofNanos(System.nanoTime() - changed).toMillis();
		System.out.printf("Front page changed on one node, served by the other after %d ms%n", millis);
		assertThat(millis).isLessThan(5_000);
	}

	private static String lead(int port) {
		return new Browser(port).get("/").html().select(".lead-story h2 a").attr("href");
	}

}
