package org.kiosque.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.account.Role;
import org.kiosque.support.Browser;
import org.kiosque.support.DatabaseAvailable;
import org.kiosque.support.KiosqueNode;
import org.kiosque.support.Nodes;
import org.kiosque.support.StaffSession;

/**
 * Two nodes on one database: the front page an editor makes on one is the page the other
 * serves, once its page copy ({@code kiosque.cache.rendered.ttl}, 1 s) has run out, with
 * nothing to tell it. The choice lives in the database; no node keeps it in memory.
 */
@ExtendWith(DatabaseAvailable.class)
@Tag("database")
class FrontPageAcrossNodesTests {

	private static final String DATABASE = "front_page_nodes";

	@TempDir
	Path dataDir;

	@Test
	void aFrontPageMadeOnOneNodeIsServedByTheOther() throws Exception {
		try (Nodes nodes = Nodes.on(dataDir, DATABASE);
				KiosqueNode one = nodes.start("one");
				KiosqueNode two = nodes.start("two")) {
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
			System.out.printf("Front page changed on one node, served by the other after %d ms%n",
					Duration.ofNanos(System.nanoTime() - changed).toMillis());
		}
	}

	private static String lead(KiosqueNode node) {
		return new Browser(node.port).get("/").html().select(".lead-story h2 a").attr("href");
	}

}
