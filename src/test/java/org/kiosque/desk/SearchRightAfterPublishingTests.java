package org.kiosque.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kiosque.account.Role;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The public search and the newsroom's search, over real HTTP. A draft is found by the
 * newsroom's list and never by the public search; once published, and once its published
 * text is saved again, the public search finds it within seconds, long before the index's
 * next commit to disk ({@code kiosque.search.commit-interval}, 30 s): the index's reader
 * is refreshed from the writer after each change.
 */
@KiosqueTest
class SearchRightAfterPublishingTests {

	/** Well under the commit interval: what is found this soon was never committed. */
	private static final Duration SOON = Duration.ofSeconds(5);

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void aDraftIsFoundByTheNewsroomOnlyAndThePublicFindsItOncePublished() {
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		String marker = "nrt" + System.nanoTime();
		long id = EditorForms.create(editor, "save",
				Map.of("headline", "Les dockers votent la grève " + marker, "body", "Le port s’arrête. " + marker));

		assertThat(newsroomIds(editor, marker)).containsExactly(id);
		// A published article written after the draft: once it is found, every change
		// before it has reached the index, and the draft is still not there.
		String witness = "temoin" + System.nanoTime();
		EditorForms.create(editor, "publish",
				Map.of("headline", "Le festival ouvre " + witness, "body", "Trois scènes. " + witness));
		await().atMost(SOON).untilAsserted(() -> assertThat(publicPaths(witness)).hasSize(1));
		assertThat(publicPaths(marker)).as("a draft is never publicly found").isEmpty();
		assertThat(new Browser(port).get("/recherche?q=" + marker).text()).contains("Aucun article ne correspond");

		assertThat(EditorForms.act(editor, EditorForms.editor(id), "publish", Map.of()).status()).isEqualTo(303);
		await().atMost(SOON).untilAsserted(() -> assertThat(publicPaths(marker)).hasSize(1));

		String revised = "revu" + System.nanoTime();
		assertThat(EditorForms
			.act(editor, EditorForms.editor(id), "save",
					Map.of("headline", "Les dockers suspendent la grève " + marker + " " + revised))
			.status()).isEqualTo(303);
		await().atMost(SOON).untilAsserted(() -> assertThat(publicPaths(revised)).hasSize(1));
		assertThat(newsroomIds(editor, revised)).containsExactly(id);

		assertThat(EditorForms.act(editor, EditorForms.editor(id), "unpublish", Map.of()).status()).isEqualTo(303);
		await().atMost(SOON).untilAsserted(() -> assertThat(publicPaths(marker)).isEmpty());
		assertThat(newsroomIds(editor, marker)).as("the newsroom still finds it").containsExactly(id);
	}

	private List<String> publicPaths(String words) {
		var page = new Browser(port).get("/recherche?q=" + words);
		assertThat(page.status()).isEqualTo(200);
		return page.html().select(".search-hits a").eachAttr("href");
	}

	private static List<Long> newsroomIds(Browser editor, String words) {
		var page = editor.get("/newsroom/articles?q=" + words);
		assertThat(page.status()).isEqualTo(200);
		return page.html().select("#articles tbody tr").eachAttr("data-id").stream().map(Long::valueOf).toList();
	}

}
