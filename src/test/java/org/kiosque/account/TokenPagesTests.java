package org.kiosque.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kiosque.support.ApiClient;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Admins make and revoke API tokens in the newsroom ({@code /newsroom/tokens}): the token
 * is shown once and stored only hashed, its last use is listed, revoking closes the API
 * to it at once; editors cannot open the page.
 */
@KiosqueTest
class TokenPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdminMakesATokenSeesItOnceAndRevokesIt() {
		Browser admin = StaffSession.signedIn(context, port, Role.ADMIN);
		String name = "Script des élections " + System.nanoTime();
		var made = admin.submit("/newsroom/tokens", "form#new-token", Map.of("name", name, "role", "EDITOR"));
		assertThat(made.status()).isEqualTo(200);
		String secret = made.html().selectFirst("#secret").text();
		assertThat(secret).startsWith(ApiTokens.PREFIX);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = :s")
			.param("s", secret)
			.query(Long.class)
			.single()).as("never stored as is").isZero();
		var api = new ApiClient(port, secret);
		assertThat(api.get("/api/admin/articles").status()).isEqualTo(200);
		var list = admin.get("/newsroom/tokens");
		assertThat(list.body()).doesNotContain(secret);
		var row = list.html()
			.select("#tokens tr")
			.stream()
			.filter(r -> r.text().contains(name))
			.findFirst()
			.orElseThrow();
		assertThat(row.selectFirst(".last-use").text()).isNotEqualTo("jamais");
		var revoked = list.submit(admin, "#tokens tr[data-token=" + row.attr("data-token") + "] form.revoke-form",
				Map.of());
		assertThat(revoked.status()).isIn(200, 302);
		assertThat(api.get("/api/admin/articles").status()).isEqualTo(401);
	}

	@Test
	void aTokenWithoutANameIsRefused() {
		Browser admin = StaffSession.signedIn(context, port, Role.ADMIN);
		var refused = admin.submit("/newsroom/tokens", "form#new-token", Map.of("name", " ", "role", "EDITOR"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text()).contains("Donnez au jeton un nom");
	}

	@Test
	void editorsCannotOpenThePage() {
		assertThat(StaffSession.signedIn(context, port, Role.EDITOR).get("/newsroom/tokens").status()).isEqualTo(403);
	}

}
