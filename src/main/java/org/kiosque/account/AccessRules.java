package org.kiosque.account;

import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may open what: the one list of the site's access rules, read top to bottom, first
 * match wins. Controllers hold no role checks of their own, and whatever shows or hides a
 * staff-only link asks these rules through {@link NewsroomAccess}.
 * <p>
 * The staff side of the site ({@code /newsroom/**}, the admin API {@code /api/admin/**},
 * the actuator) is closed unless a rule below opens a path: a new desk refuses everyone,
 * admins included, until a line here says who works at it. Each desk is opened to the
 * least role that works there; a higher role includes the lower ones (see {@link Role}).
 * The public side (pages, feeds, sitemaps, search, content API, comments, newsletter and
 * account forms, error pages, assets) stays open, so an unknown address is still a real
 * 404 page rather than a sign-in form.
 */
final class AccessRules {

	/** Every path of the newsroom's back office; closed unless declared. */
	static final String NEWSROOM = "/newsroom/**";

	/** The token-authenticated publishing API; closed unless declared. */
	static final String ADMIN_API = "/api/admin/**";

	/**
	 * The actuator: health for all, the rest (metrics) for admins, signed in or with an
	 * admin's API token.
	 */
	static final String ACTUATOR = "/actuator/**";

	/** The publishing API's OpenAPI description, for staff. */
	static final String ADMIN_API_DESCRIPTION = "/api/admin/openapi.json";

	/** The refusal of an API path no rule declares: answered 404, not 403. */
	private static final AuthorizationDecision UNDECLARED = new AuthorizationDecision(false) {
	};

	private AccessRules() {
	}

	/**
	 * Whether {@code denied} refused an API path that no rule declares (so, to an
	 * authenticated caller, a 404 rather than a 403).
	 */
	static boolean undeclared(AccessDeniedException denied) {
		return denied instanceof AuthorizationDeniedException refusal && refusal.getAuthorizationResult() == UNDECLARED;
	}

	/**
	 * Open to requests authenticated by an API token ({@link BearerTokens}) whose role
	 * includes {@code role}.
	 */
	private static AuthorizationManager<RequestAuthorizationContext> token(Role role) {
		return AuthorizationManagers.allOf(AuthorityAuthorizationManager.hasRole(role.name()),
				AuthorityAuthorizationManager.hasAuthority(BearerTokens.TOKEN_AUTHORITY));
	}

	static void declare(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests
			// Operations: load balancers read the status; metrics are for admins, signed
			// in or with an admin's API token (Prometheus).
			.requestMatchers("/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/actuator", ACTUATOR)
			.hasRole(Role.ADMIN.name())
			// The first admin's setup page: open to all, answers only while no admin
			// exists, and only to a setup code from the server's log.
			.requestMatchers("/newsroom/setup")
			.permitAll()
			// Pictures' renditions are public files (org.kiosque.media.RenditionDesk).
			.requestMatchers("/media/**")
			.permitAll()
			// The newsroom, desk by desk.
			.requestMatchers("/newsroom/people", "/newsroom/people/**")
			.hasRole(Role.ADMIN.name())
			// The publishing API's tokens: made and revoked by admins.
			.requestMatchers("/newsroom/tokens", "/newsroom/tokens/**")
			.hasRole(Role.ADMIN.name())
			// The legal and service pages (mentions légales...) are an admin's; sections
			// and
			// tags, an editor's; one's own author profile, every staff member's.
			.requestMatchers("/newsroom/pages", "/newsroom/pages/**")
			.hasRole(Role.ADMIN.name())
			// The site settings (name, address, language...: org.kiosque.settings).
			.requestMatchers("/newsroom/settings", "/newsroom/settings/**")
			.hasRole(Role.ADMIN.name())
			// Webhooks (org.kiosque.webhooks): which addresses the server calls, and
			// their
			// secrets.
			.requestMatchers("/newsroom/webhooks", "/newsroom/webhooks/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/newsroom/sections", "/newsroom/sections/**", "/newsroom/tags", "/newsroom/tags/**")
			.hasRole(Role.EDITOR.name())
			.requestMatchers("/newsroom/profile", "/newsroom/profile/**")
			.hasRole(Role.CONTRIBUTOR.name())
			.requestMatchers("/newsroom/comments", "/newsroom/comments/**", "/newsroom/newsletter",
					"/newsroom/newsletter/**")
			.hasRole(Role.EDITOR.name())
			// The writing desk; what each role may do to which article is the desk's
			// policy (org.kiosque.desk.DeskPolicy).
			.requestMatchers("/newsroom/articles", "/newsroom/articles/**")
			.hasRole(Role.CONTRIBUTOR.name())
			// The media library: every staff member uploads and describes pictures.
			.requestMatchers("/newsroom/media", "/newsroom/media/**")
			.hasRole(Role.CONTRIBUTOR.name())
			// Scheduled articles: moving or cancelling a publication is an editor's call.
			.requestMatchers("/newsroom/schedule", "/newsroom/schedule/**")
			.hasRole(Role.EDITOR.name())
			// The wires: agency sources, their ingest log, what waits for an editor.
			.requestMatchers("/newsroom/wires", "/newsroom/wires/**")
			.hasRole(Role.EDITOR.name())
			// The front page: which stories lead, which sections follow.
			.requestMatchers("/newsroom/front", "/newsroom/front/**")
			.hasRole(Role.EDITOR.name())
			.requestMatchers("/newsroom", "/newsroom/", "/newsroom/statistics", "/newsroom/statistics.csv",
					"/newsroom/statistics/**")
			.hasRole(Role.CONTRIBUTOR.name())
			// The publishing API (org.kiosque.api). Its description is for any staff
			// member, signed in or with a token; every other route takes a token only,
			// never a session (a page elsewhere could ride a session's cookie). What each
			// role may do to which article is the desk's policy, as on
			// /newsroom/articles: a contributor's token cannot publish.
			.requestMatchers(HttpMethod.GET, ADMIN_API_DESCRIPTION)
			.hasRole(Role.CONTRIBUTOR.name())
			.requestMatchers(HttpMethod.POST, "/api/admin/sections")
			.access(token(Role.EDITOR))
			.requestMatchers("/api/admin/articles", "/api/admin/articles/**", "/api/admin/media", "/api/admin/sections",
					"/api/admin/tags")
			.access(token(Role.CONTRIBUTOR))
			// Deny unless declared: a staff path with no rule above is refused to all. A
			// token is told there is nothing there for it (404, as a mistyped path
			// should be); a request without one is still asked for a token (401).
			.requestMatchers(ADMIN_API)
			.access((authentication, context) -> UNDECLARED)
			.requestMatchers(NEWSROOM)
			.denyAll()
			// The reader's own pages.
			.requestMatchers("/account", "/account/**")
			.authenticated()
			// Everything else is the public newspaper.
			.anyRequest()
			.permitAll();
	}

}
