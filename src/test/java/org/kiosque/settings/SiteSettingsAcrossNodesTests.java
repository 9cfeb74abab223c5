package org.kiosque.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.jsoup.nodes.Element;
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
 * Two nodes on one database: a name an admin sets on one is the name the other prints
 * within a few seconds, though the other keeps its saved settings and its pages an hour
 * here ({@link SecondNode}): the change log tells it; a reset on one goes back to the
 * properties' name on both.
 */
@KiosqueTest
class SiteSettingsAcrossNodesTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void aNameSetOnOneNodeIsPrintedByTheOther() {
		KiosqueNode two = SecondNode.beside(context);
		String byDefault = context.getEnvironment().getRequiredProperty("kiosque.site.name");
		// The other node holds copies of its settings and its front page now.
		assertThat(brand(two.port)).isNotBlank();
		Browser admin = StaffSession.signedIn(context, port, Role.ADMIN);
		String name = "La Gazette " + System.nanoTime();

		var saved = admin.submit("/newsroom/settings", "form#site-settings", Map.of("name", name));
		long changed = System.nanoTime();

		assertThat(saved.status()).isEqualTo(302);
		assertThat(brand(port)).isEqualTo(name);
		await().atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> brand(two.port).equals(name));
		long millis = Duration.ofNanos(System.nanoTime() - changed).toMillis();
		System.out.printf("Site name changed on one node, printed by the other after %d ms%n", millis);
		assertThat(millis).isLessThan(5_000);

		String token = admin.get("/newsroom/settings").html().selectFirst("input[name=_csrf]").val();
		admin.post("/newsroom/settings/reset", Map.of("_csrf", token, "reset", "site.name"));
		assertThat(brand(port)).isEqualTo(byDefault);
		await().atMost(Duration.ofSeconds(10)).until(() -> brand(two.port).equals(byDefault));
	}

	/** The site's name in the masthead: its text, or its logo's text. */
	private static String brand(int port) {
		Element brand = new Browser(port).get("/").html().selectFirst(".masthead .brand");
		Element logo = brand.selectFirst("img");
		return (logo != null) ? logo.attr("alt") : brand.text();
	}

}
