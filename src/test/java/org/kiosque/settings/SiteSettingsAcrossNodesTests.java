package org.kiosque.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

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
 * Two nodes on one database: a name an admin sets on one is the name the other prints
 * within a few seconds, though each keeps its saved settings and its pages an hour here:
 * the change log tells it; a reset on one goes back to the properties' name on both.
 */
@ExtendWith(DatabaseAvailable.class)
@Tag("database")
class SiteSettingsAcrossNodesTests {

	@RegisterExtension
	static final NodesOnOneDatabase NODES = new NodesOnOneDatabase("site_settings_nodes");

	@Test
	void aNameSetOnOneNodeIsPrintedByTheOther() throws Exception {
		try (KiosqueNode one = NODES.start("one", NodesOnOneDatabase.LONG_LIVED_COPIES);
				KiosqueNode two = NODES.start("two", NodesOnOneDatabase.LONG_LIVED_COPIES)) {
			String byDefault = brand(two);
			// The other node holds copies of its settings and its front page now.
			Browser admin = StaffSession.signedIn(one.context, one.port, Role.ADMIN);
			String name = "La Gazette " + System.nanoTime();

			var saved = admin.submit("/newsroom/settings", "form#site-settings", Map.of("name", name));
			long changed = System.nanoTime();

			assertThat(saved.status()).isEqualTo(302);
			assertThat(brand(one)).isEqualTo(name);
			await().atMost(Duration.ofSeconds(10))
				.pollInterval(Duration.ofMillis(50))
				.until(() -> brand(two).equals(name));
			long millis = Duration.ofNanos(System.nanoTime() - changed).toMillis();
			System.out.printf("Site name changed on one node, printed by the other after %d ms%n", millis);
			assertThat(millis).isLessThan(5_000);

			String token = admin.get("/newsroom/settings").html().selectFirst("input[name=_csrf]").val();
			admin.post("/newsroom/settings/reset", Map.of("_csrf", token, "reset", "site.name"));
			assertThat(brand(one)).isEqualTo(byDefault);
			await().atMost(Duration.ofSeconds(10)).until(() -> brand(two).equals(byDefault));
		}
	}

	private static String brand(KiosqueNode node) {
		return new Browser(node.port).get("/").html().select(".masthead .brand").text();
	}

}
