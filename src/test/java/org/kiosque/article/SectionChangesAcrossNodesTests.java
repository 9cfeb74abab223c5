package org.kiosque.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.account.Role;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueNode;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Two nodes on one PostgreSQL database: a section an editor renames on one node shows so
 * on the other as soon as that node's page copy expires (1 s), not after the article
 * cache's 30 s, because the navigation is read anew for each page made; the old address
 * answers 301 there too.
 */
@KiosqueTest
class SectionChangesAcrossNodesTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@TempDir
	Path dataDir;

	@Test
	void aRenamedSectionShowsOnTheOtherNodeWithinSeconds() {
		assumeThat(KiosqueNode.onPostgres()).as("two nodes share a database on PostgreSQL only").isTrue();
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		String oldName = "Régions " + System.nanoTime();
		editor.submit("/newsroom/sections", "form#new-section", Map.of("name", oldName));
		try (KiosqueNode other = KiosqueNode.start(dataDir)) {
			assertThat(navigation(other)).contains(oldName);
			String newName = "Territoires " + System.nanoTime();
			String form = editor.get("/newsroom/sections")
				.html()
				.selectFirst("#sections > li[data-slug=" + Slugs.of(oldName) + "] form[id^=edit-section-]")
				.id();

			editor.get("/newsroom/sections").submit(editor, "form#" + form, Map.of("name", newName));

			await().atMost(Duration.ofSeconds(5))
				.untilAsserted(() -> assertThat(navigation(other)).contains(newName).doesNotContain(oldName));
			var moved = new Browser(other.port).get("/section/" + Slugs.of(oldName));
			assertThat(moved.status()).isEqualTo(301);
			assertThat(moved.location()).isEqualTo("/section/" + Slugs.of(newName));
		}
	}

	private static java.util.List<String> navigation(KiosqueNode node) {
		return new Browser(node.port).get("/").html().select("nav.sections a").eachText();
	}

}
