package org.kiosque.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may open what, over real HTTP: every newsroom and admin API route the application
 * maps (found at run time, so a new route is covered the day it lands) knocked on with
 * GET and POST by a stranger, a reader and each staff role. The expected least role of
 * each desk is written here independently of {@link AccessRules}; a route that neither
 * lists is refused to everyone.
 */
@KiosqueTest
@Tag(KiosqueTest.SAME_ON_EVERY_DATABASE)
class AccessRulesTests {

	/**
	 * The least role each desk is for, by path prefix. A new desk needs a line here and
	 * one in {@link AccessRules}.
	 */
	private static final Map<String, Role> DESKS = new LinkedHashMap<>();

	static {
		DESKS.put("/newsroom/people", Role.ADMIN);
		DESKS.put("/newsroom/tokens", Role.ADMIN);
		DESKS.put(AccessRules.ADMIN_API_DESCRIPTION, Role.CONTRIBUTOR);
		DESKS.put("/newsroom/pages", Role.ADMIN);
		DESKS.put("/newsroom/settings", Role.ADMIN);
		DESKS.put("/newsroom/webhooks", Role.ADMIN);
		DESKS.put("/newsroom/sections", Role.EDITOR);
		DESKS.put("/newsroom/tags", Role.EDITOR);
		DESKS.put("/newsroom/profile", Role.CONTRIBUTOR);
		DESKS.put("/newsroom/comments", Role.EDITOR);
		DESKS.put("/newsroom/newsletter", Role.EDITOR);
		DESKS.put("/newsroom/schedule", Role.EDITOR);
		DESKS.put("/newsroom/front", Role.EDITOR);
		DESKS.put("/newsroom/wires", Role.EDITOR);
		DESKS.put("/newsroom/statistics", Role.CONTRIBUTOR);
		DESKS.put("/newsroom/articles", Role.CONTRIBUTOR);
		DESKS.put("/newsroom/media", Role.CONTRIBUTOR);
		DESKS.put("/newsroom", Role.CONTRIBUTOR);
	}

	/**
	 * Staff-side routes open to everyone on purpose: the first admin's setup, which
	 * answers only while no admin exists and only to a setup code from the log.
	 */
	private static final Set<String> OPEN = Set.of("/newsroom/setup");

	/** Routes that no rule opens, on purpose: deny by default. */
	private static final Set<String> UNDECLARED = Set.of(UndeclaredDesk.PAGE, UndeclaredDesk.API);

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final Map<Role, Browser> staff = new EnumMap<>(Role.class);

	@BeforeEach
	void signIn() {
		for (Role role : Role.values()) {
			staff.put(role, StaffSession.signedIn(context, port, role));
		}
	}

	@Test
	void anUndeclaredStaffRouteIsRefusedToEveryoneAdminsIncluded() {
		Browser admin = staff.get(Role.ADMIN);
		assertThat(admin.get(UndeclaredDesk.PAGE).status()).isEqualTo(403);
		assertThat(admin.post(UndeclaredDesk.PAGE, Map.of("_csrf", token(admin))).status()).isEqualTo(403);
		// A session opens nothing of the token API (its undeclared routes refuse tokens
		// too: AdminApiAccessTests).
		assertThat(admin.get(UndeclaredDesk.API).status()).isEqualTo(401);

		var stranger = new Browser(port).get(UndeclaredDesk.PAGE);
		assertThat(stranger.status()).isEqualTo(302);
		assertThat(stranger.location()).isEqualTo("/login");
		assertThat(new Browser(port).get(UndeclaredDesk.API).status()).as("an API answers machines").isEqualTo(401);
	}

	@Test
	void everyStaffRouteGivesEachRoleItsDeclaredAnswer() {
		List<String> routes = staffRoutes();
		assertThat(routes).as("routes found at run time")
			.contains("/newsroom", "/newsroom/comments", "/newsroom/newsletter/send", "/newsroom/people/{id}/role",
					UndeclaredDesk.PAGE);

		String strangersToken = new Browser(port).get("/login").html().selectFirst("input[name=_csrf]").val();
		Map<Role, String> tokens = new EnumMap<>(Role.class);
		staff.forEach((role, browser) -> tokens.put(role, token(browser)));

		SoftAssertions softly = new SoftAssertions();
		for (Map.Entry<String, Set<RequestMethod>> route : methods().entrySet()) {
			String pattern = route.getKey();
			String path = concrete(pattern);
			boolean api = pattern.startsWith("/api/admin");
			// The token API's routes have no session role: checked below, and with tokens
			// by AdminApiAccessTests.
			Role least = api && !pattern.equals(AccessRules.ADMIN_API_DESCRIPTION) ? null : least(pattern);
			for (RequestMethod method : List.of(RequestMethod.GET, RequestMethod.POST)) {
				String what = method + " " + path;
				// A fresh browser each time: a remembered page would give it a session.
				Browser.Page asStranger = knock(new Browser(port), method, path, strangersToken);
				if (OPEN.contains(pattern)) {
					int expected = route.getValue().contains(method) ? DryRunStaffRoutes.REACHED : 405;
					softly.assertThat(asStranger.status()).as("stranger, " + what).isEqualTo(expected);
					for (Role role : Role.values()) {
						softly.assertThat(knock(staff.get(role), method, path, tokens.get(role)).status())
							.as(role + ", " + what)
							.isEqualTo(expected);
					}
					continue;
				}
				if (api) {
					softly.assertThat(asStranger.status()).as("stranger, " + what).isEqualTo(401);
				}
				else {
					softly.assertThat(asStranger.status()).as("stranger, " + what).isEqualTo(302);
					softly.assertThat(asStranger.header("Location")).as("stranger, " + what).isEqualTo("/login");
				}
				if (api && !(pattern.equals(AccessRules.ADMIN_API_DESCRIPTION) && method == RequestMethod.GET)) {
					// The publishing API takes tokens, never a session: every role's
					// session is a stranger there (tokens: AdminApiAccessTests).
					for (Role role : Role.values()) {
						softly.assertThat(knock(staff.get(role), method, path, tokens.get(role)).status())
							.as(role + ", " + what)
							.isEqualTo(401);
					}
					continue;
				}
				for (Role role : Role.values()) {
					int status = knock(staff.get(role), method, path, tokens.get(role)).status();
					boolean allowed = least != null && role.includes(least);
					int expected = !allowed ? 403 : route.getValue().contains(method) ? DryRunStaffRoutes.REACHED : 405;
					softly.assertThat(status).as(role + ", " + what).isEqualTo(expected);
				}
			}
		}
		softly.assertAll();
	}

	private Browser.Page knock(Browser browser, RequestMethod method, String path, String token) {
		Map<String, String> dryRun = Map.of(DryRunStaffRoutes.HEADER, "1");
		return method == RequestMethod.GET ? browser.get(path, dryRun)
				: browser.post(path, Map.of("_csrf", token), dryRun);
	}

	/** Every newsroom and admin API path pattern, with the methods it is mapped for. */
	private Map<String, Set<RequestMethod>> methods() {
		Map<String, Set<RequestMethod>> routes = new LinkedHashMap<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (staffSide(pattern)) {
					Set<RequestMethod> declared = info.getMethodsCondition().getMethods();
					routes.computeIfAbsent(pattern, p -> new TreeSet<>())
						.addAll(declared.isEmpty() ? Set.of(RequestMethod.values()) : declared);
				}
			}
		}
		return routes;
	}

	private List<String> staffRoutes() {
		return new ArrayList<>(methods().keySet());
	}

	private static boolean staffSide(String pattern) {
		return pattern.equals("/newsroom") || pattern.startsWith("/newsroom/") || pattern.startsWith("/api/admin/");
	}

	/** The least role the pattern's desk is for; null for nobody. */
	private static Role least(String pattern) {
		if (UNDECLARED.contains(pattern)) {
			return null;
		}
		for (Map.Entry<String, Role> desk : DESKS.entrySet()) {
			String prefix = desk.getKey();
			if (pattern.equals(prefix) || pattern.startsWith(prefix + "/") || pattern.startsWith(prefix + ".")) {
				return desk.getValue();
			}
		}
		throw new AssertionError("No expected role for " + pattern + ": add its desk to DESKS here and a rule "
				+ "to AccessRules (until then the route is refused to everyone)");
	}

	/** The pattern with each variable filled in: {@code /newsroom/people/1/role}. */
	private static String concrete(String pattern) {
		StringBuilder path = new StringBuilder();
		int depth = 0;
		for (char c : pattern.toCharArray()) {
			if (c == '{' && depth++ == 0) {
				path.append('1');
			}
			else if (c == '}') {
				depth--;
			}
			else if (depth == 0) {
				path.append(c);
			}
		}
		return path.toString();
	}

	private static String token(Browser browser) {
		return browser.get("/account").html().selectFirst("input[name=_csrf]").val();
	}

}
