package org.kiosque.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kiosque.account.ApiTokens;
import org.kiosque.account.Role;
import org.kiosque.support.ApiClient;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Every route of the publishing API with each role's token, without a token, with a
 * revoked token, and with a role that may not: the rules of the access list and of the
 * desk's policy, answered as RFC 9457 problems in French.
 */
@KiosqueTest
class AdminApiAccessTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	ApiClient editor;

	@BeforeEach
	void desk() {
		editor = ApiClient.with(context, port, Role.EDITOR);
	}

	/** One call of a route, made against fixtures the editor's token prepared. */
	record Route(String name, Function<ApiClient, ApiClient.Answer> call, int contributor, int editor, int admin) {
	}

	List<Route> routes() {
		return List.of(
				new Route("GET articles", c -> c.get("/api/admin/articles"), 200, 200, 200), new Route("POST articles",
						c -> c.post("/api/admin/articles", "{\"headline\":\"Accès : création\"}"), 201, 201, 201),
				new Route("GET article", c -> c.get(path(draft())), 403, 200, 200),
				new Route("PATCH article",
						c -> c.patch(path(draft()), "{\"standfirst\":\"Chapeau\"}", "If-Match", "\"1\""), 403, 200,
						200),
				new Route("DELETE article", c -> c.delete(path(published()), "If-Match", "*"), 403, 200, 200),
				new Route("publish", c -> c.post(path(draft()) + "/publish", null, "If-Match", "\"1\""), 403, 200, 200),
				new Route("schedule",
						c -> c.post(path(draft()) + "/schedule", "{\"publishAt\":\"2099-01-01T08:00:00+01:00\"}",
								"If-Match", "\"1\""),
						403, 200, 200),
				new Route("unpublish", c -> c.post(path(published()) + "/unpublish", null, "If-Match", "*"), 403, 200,
						200),
				new Route("corrections",
						c -> c.post(path(published()) + "/corrections", "{\"text\":\"Il fallait lire 12 et non 21.\"}",
								"If-Match", "*"),
						403, 201, 201),
				new Route("revisions", c -> c.get(path(draft()) + "/revisions"), 403, 200, 200),
				new Route("revision", c -> c.get(path(draft()) + "/revisions/1"), 403, 200, 200), new Route("restore",
						c -> c.post(path(draft()) + "/revisions/1/restore", null, "If-Match", "\"1\""), 403, 200, 200),
				new Route("GET media", c -> c.get("/api/admin/media"), 200, 200, 200), new Route("POST media",
						c -> c.upload("/api/admin/media", "photo.png", Pictures.png(), Map.of()), 201, 201, 201),
				new Route("GET sections", c -> c.get("/api/admin/sections"), 200, 200, 200),
				new Route("POST sections",
						c -> c.post("/api/admin/sections", "{\"name\":\"Accès " + System.nanoTime() + "\"}"), 403, 201,
						201),
				new Route("GET tags", c -> c.get("/api/admin/tags"), 200, 200, 200),
				new Route("openapi", c -> c.get("/api/admin/openapi.json"), 200, 200, 200));
	}

	@Test
	void eachRouteAnswersEachRoleAsItsRightsSay() {
		Map<Role, ApiClient> clients = Map.of(Role.CONTRIBUTOR, ApiClient.with(context, port, Role.CONTRIBUTOR),
				Role.EDITOR, editor, Role.ADMIN, ApiClient.with(context, port, Role.ADMIN));
		List<String> wrong = new ArrayList<>();
		for (Route route : routes()) {
			for (Role role : List.of(Role.CONTRIBUTOR, Role.EDITOR, Role.ADMIN)) {
				int expected = switch (role) {
					case CONTRIBUTOR -> route.contributor();
					case EDITOR -> route.editor();
					default -> route.admin();
				};
				ApiClient.Answer answer = route.call().apply(clients.get(role));
				if (answer.status() != expected) {
					wrong.add(route.name() + " as " + role + ": " + answer);
				}
				else if (expected >= 400) {
					assertProblem(answer, expected);
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void everyRouteWantsAToken() {
		ApiClient stranger = new ApiClient(port, null);
		for (Route route : routes()) {
			ApiClient.Answer answer = route.call().apply(stranger);
			assertThat(answer.status()).as(route.name()).isEqualTo(401);
			assertThat(answer.header("WWW-Authenticate")).as(route.name()).startsWith("Bearer");
			assertProblem(answer, 401);
			assertThat(answer.json().get("detail").asString()).contains("jeton");
		}
	}

	@Test
	void aRevokedTokenOpensNothing() {
		String token = ApiClient.token(context, Role.ADMIN);
		ApiClient revoked = new ApiClient(port, token);
		assertThat(revoked.get("/api/admin/articles").status()).isEqualTo(200);
		ApiTokens tokens = context.getBean(ApiTokens.class);
		long id = tokens.all().stream().filter(t -> t.active()).map(t -> t.id()).max(Long::compare).orElseThrow();
		assertThat(tokens.revoke(id)).isTrue();
		for (Route route : routes()) {
			ApiClient.Answer answer = route.call().apply(revoked);
			assertThat(answer.status()).as(route.name()).isEqualTo(401);
			assertProblem(answer, 401);
			assertThat(answer.json().get("detail").asString()).contains("révoqué");
		}
	}

	@Test
	void aRouteNoRuleDeclaresIsNotThereForAnyToken() {
		// UndeclaredDesk answers this path; without a rule, no token reaches it.
		ApiClient admin = ApiClient.with(context, port, Role.ADMIN);
		ApiClient.Answer undeclared = admin.get("/api/admin/test-only/undeclared");
		assertProblem(undeclared, 404);
		assertThat(undeclared.body()).doesNotContain("open");
		assertProblem(admin.post("/api/admin/test-only/undeclared", "{}"), 404);
		assertProblem(admin.get("/api/admin/nulle-part"), 404);
		assertThat(admin.get("/api/admin/nulle-part").json().get("detail").asString()).contains("n’existe pas");
		// Without a token, it is still a token that is asked for.
		assertProblem(new ApiClient(port, null).get("/api/admin/nulle-part"), 401);
	}

	@Test
	void aMadeUpTokenOpensNothing() {
		ApiClient.Answer answer = new ApiClient(port, ApiTokens.PREFIX + "inventé").get("/api/admin/articles");
		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
	}

	@Test
	void aContributorsTokenWritesDraftsButCannotPublishThem() {
		ApiClient contributor = ApiClient.with(context, port, Role.CONTRIBUTOR);
		ApiClient.Answer made = contributor.post("/api/admin/articles", "{\"headline\":\"Brouillon d’un pigiste\"}");
		assertThat(made.status()).isEqualTo(201);
		long id = made.json().get("id").asLong();
		assertThat(contributor.patch(path(id), "{\"body\":\"Le texte.\"}", "If-Match", "\"1\"").status())
			.isEqualTo(200);
		ApiClient.Answer publish = contributor.post(path(id) + "/publish", null, "If-Match", "\"2\"");
		assertProblem(publish, 403);
		assertThat(publish.json().get("detail").asString()).isNotBlank();
		assertThat(
				contributor.post("/api/admin/articles", "{\"headline\":\"Direct\",\"status\":\"published\"}").status())
			.isEqualTo(403);
		assertThat(editor.get(path(id)).json().get("status").asString()).isEqualTo("draft");
	}

	@Test
	void aSignedInSessionWithoutATokenReadsTheDescriptionOnly() {
		var browser = StaffSession.signedIn(context, port, Role.ADMIN);
		assertThat(browser.get("/api/admin/openapi.json").status()).isEqualTo(200);
		// A session is not even read: no page elsewhere can ride it.
		var articles = browser.get("/api/admin/articles");
		assertThat(articles.status()).isEqualTo(401);
		assertThat(articles.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void aTokenRequestLeavesNoSessionBehind() {
		ApiClient.Answer answer = editor.post("/api/admin/articles", "{\"headline\":\"Sans session\"}");
		assertThat(answer.status()).isEqualTo(201);
		assertThat(answer.header("Set-Cookie")).isNull();
		assertThat(new ApiClient(port, null).get("/api/admin/articles").header("Set-Cookie")).isNull();
	}

	private long draft() {
		ApiClient.Answer made = editor.post("/api/admin/articles",
				"{\"headline\":\"Accès " + System.nanoTime() + "\",\"body\":\"Texte.\"}");
		assertThat(made.status()).as(made.body()).isEqualTo(201);
		return made.json().get("id").asLong();
	}

	private long published() {
		ApiClient.Answer made = editor.post("/api/admin/articles",
				"{\"headline\":\"Publié " + System.nanoTime() + "\",\"body\":\"Texte.\",\"status\":\"published\"}");
		assertThat(made.status()).as(made.body()).isEqualTo(201);
		return made.json().get("id").asLong();
	}

	static String path(long id) {
		return "/api/admin/articles/" + id;
	}

	static void assertProblem(ApiClient.Answer answer, int status) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(status);
		assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
		assertThat(answer.json().get("status").asInt()).isEqualTo(status);
		assertThat(answer.json().get("title").asString()).isNotBlank();
	}

}
