package org.kiosque.account;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

import java.time.Clock;
import java.util.UUID;

import javax.sql.DataSource;

import org.kiosque.site.Labels;
import org.kiosque.site.Quota;
import org.kiosque.site.SiteSecrets;
import org.kiosque.web.ErrorExplanation;
import org.kiosque.web.ProblemDocuments;
import org.kiosque.web.PublicPages;
import org.kiosque.site.SiteSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.RememberMeAuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The site's request security. Who may open what is declared in {@link AccessRules}:
 * public pages and forms are open to all, with CSRF protection; the reader's account
 * needs a sign-in; each newsroom desk its least role; any staff path without a rule is
 * refused.
 * <p>
 * Strangers get no session and no cookie: their CSRF token is the same for all of them, a
 * daily signed token (see {@link CsrfTokens}), so pages with forms stay cacheable; a
 * failed sign-in is answered in place rather than by a redirect, and nothing else writes
 * to a session before sign-in. Readers who carry a session or remember-me cookie get a
 * token bound to their session. Sessions are stored in the database (Spring Session JDBC)
 * and renewed at sign-in, and so is the CSRF token.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' https: data:; "
			+ "style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	static final String REMEMBER_ME = "remember-me";

	/**
	 * Posts that come from no page of ours and carry no CSRF token: RFC 8058 one-click
	 * unsubscribe, which mail clients post with the link's own unguessable token as the
	 * proof; and the actuator's, which have no forms. (The publishing API's requests that
	 * carry a bearer token have their own chain, {@link #publishingApi}.)
	 */
	static final RequestMatcher FROM_ELSEWHERE = new OrRequestMatcher(
			PathPatternRequestMatcher.pathPattern(AccessRules.ACTUATOR),
			PathPatternRequestMatcher.pathPattern("/newsletter/unsubscribe/**"));

	/**
	 * Remember-me logins are looked up in the database; the key only signs in-memory
	 * tokens.
	 */
	private final String rememberMeKey = UUID.randomUUID().toString();

	@Bean
	SecurityFilterChain site(HttpSecurity http, ReaderDetails readers, PasswordEncoder passwords,
			PersistentTokenBasedRememberMeServices rememberMe, SignInThrottle throttle, SignInPage signInPage,
			Labels labels, SiteSecrets secrets, Clock clock, NewsroomAccess access, SiteSettings site,
			PublicPages pages, ObjectProvider<ExpiredSessionPosts> keepers, People people, FirstAdminSetup setup,
			ProblemDocuments problems) throws Exception {
		CsrfTokens csrfTokens = new CsrfTokens(() -> secrets.get(CsrfTokens.SECRET), clock, pages);

		http.authorizeHttpRequests(AccessRules::declare)
			.authenticationManager(authenticationManager(readers, passwords))
			.exceptionHandling(refusals -> refusals
				// The admin API and the actuator answer machines (scripts, Prometheus):
				// 401,
				// never a sign-in page a scraper would take for metrics.
				.defaultAuthenticationEntryPointFor(apiProblem(problems, 401, "api.admin.problem.unauthenticated"),
						PathPatternRequestMatcher.pathPattern(AccessRules.ADMIN_API))
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
						PathPatternRequestMatcher.pathPattern(AccessRules.ACTUATOR))
				.defaultAuthenticationEntryPointFor(setupOrSignIn(setup),
						PathPatternRequestMatcher.pathPattern(AccessRules.NEWSROOM))
				.defaultAuthenticationEntryPointFor(signInForm(), AnyRequestMatcher.INSTANCE)
				.defaultAccessDeniedHandlerFor(apiRefusal(problems),
						PathPatternRequestMatcher.pathPattern(AccessRules.ADMIN_API))
				.defaultAccessDeniedHandlerFor(keptOrRefused(keepers, labels), AnyRequestMatcher.INSTANCE))
			.formLogin(form -> form.loginPage("/login")
				.successHandler(new SignInOutcomes.Succeeded(throttle, access, people))
				.failureHandler(new SignInOutcomes.Failed(throttle, signInPage, labels))
				.permitAll())
			.addFilterBefore(new FormOrigins(site, labels, FROM_ELSEWHERE), CsrfFilter.class)
			.addFilterAfter(new EarlyCsrfToken(pages), CsrfFilter.class)
			.addFilterBefore(new SignInThrottleFilter(throttle, signInPage, labels),
					UsernamePasswordAuthenticationFilter.class)
			.requestCache(cache -> cache.requestCache(askedPages()))
			.rememberMe(remember -> remember.rememberMeServices(rememberMe).key(rememberMeKey))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/"))
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
				.csrfTokenRequestHandler(maskedTokens())
				.ignoringRequestMatchers(FROM_ELSEWHERE))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frame -> frame.deny())
				.cacheControl(cache -> cache.disable())
				.addHeaderWriter(new PrivatePages(pages)))
			.httpBasic(basic -> basic.disable());
		return http.build();
	}

	/**
	 * Requests to the publishing API that carry {@code Authorization: Bearer}: the same
	 * access rules ({@link AccessRules}), but stateless (the token is checked on every
	 * request by {@link BearerTokens}; no session is read or made, no cookie set),
	 * without CSRF tokens (a browser never sends that header by itself, so no page
	 * elsewhere can forge such a request), and every refusal an RFC 9457 problem.
	 * Requests without a token are answered here too (401, no session made), but for a
	 * look at the description {@code /api/admin/openapi.json}, which goes through
	 * {@link #site}: staff may read it signed in.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain publishingApi(HttpSecurity http, ApiTokens tokens, ApiTokenSettings tokenSettings,
			ProblemDocuments problems, Quota quota, Clock clock) throws Exception {
		http.securityMatcher(BearerTokens.API_CHAIN)
			.authorizeHttpRequests(AccessRules::declare)
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.logout(logout -> logout.disable())
			.exceptionHandling(refusals -> refusals
				.authenticationEntryPoint(apiProblem(problems, 401, "api.admin.problem.unauthenticated"))
				.accessDeniedHandler(apiRefusal(problems)))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'"))
				.frameOptions(frame -> frame.deny())
				.cacheControl(cache -> cache.disable()))
			.addFilterBefore(new BearerTokens(tokens, tokenSettings, problems, quota, clock),
					AnonymousAuthenticationFilter.class);
		return http.build();
	}

	/**
	 * The publishing API answers a request without a token (or a token the rules do not
	 * open the route to) with an RFC 9457 problem rather than a sign-in page; 401 asks
	 * for a bearer token (RFC 6750).
	 */
	private static AuthenticationEntryPoint apiProblem(ProblemDocuments problems, int status, String detailKey) {
		return (request, response, refused) -> {
			response.setHeader("WWW-Authenticate", "Bearer");
			problems.send(response, problems.of(request, status, detailKey));
		};
	}

	/**
	 * The publishing API refuses an authenticated caller with a problem: 404 for a path
	 * no access rule declares (nothing there for any token), 403 for a route its role may
	 * not take.
	 */
	private static AccessDeniedHandler apiRefusal(ProblemDocuments problems) {
		return (request, response, denied) -> problems.send(response,
				AccessRules.undeclared(denied) ? problems.of(request, 404, "api.admin.problem.not-found")
						: problems.of(request, 403, "api.admin.problem.forbidden"));
	}

	/**
	 * The pages a person is brought back to after signing in: a staff or account page
	 * asked for with {@code GET}. Only those are remembered, in a session made for it;
	 * anything else refused to a stranger (the actuator's metrics, a scraper without its
	 * token) makes no session and sets no cookie.
	 */
	private static RequestCache askedPages() {
		HttpSessionRequestCache asked = new HttpSessionRequestCache();
		asked.setRequestMatcher(
				new OrRequestMatcher(PathPatternRequestMatcher.pathPattern(HttpMethod.GET, AccessRules.NEWSROOM),
						PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/account"),
						PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/account/**")));
		return asked;
	}

	/**
	 * Strangers asking for a staff or account page are sent to sign in by a relative
	 * {@code Location}, never one built from the request's {@code Host} header.
	 */
	private static LoginUrlAuthenticationEntryPoint signInForm() {
		LoginUrlAuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/login");
		signIn.setFavorRelativeUris(true);
		return signIn;
	}

	/**
	 * A stranger asking for a newsroom page of a site that has no admin yet is offered
	 * the first admin's setup ({@link FirstAdminPage}); once an admin exists, the sign-in
	 * form, as everywhere.
	 */
	private static AuthenticationEntryPoint setupOrSignIn(FirstAdminSetup setup) {
		AuthenticationEntryPoint signIn = signInForm();
		return (request, response, refused) -> {
			if (!setup.open()) {
				signIn.commence(request, response, refused);
			}
			else {
				response.sendRedirect(FirstAdminPage.PATH);
			}
		};
	}

	/**
	 * A form posted with a CSRF token that no longer holds is kept by the first
	 * {@link ExpiredSessionPosts} that takes it (an editor's article, a sign-in); if none
	 * does, it is refused (403) with words that say the form is stale, not that the
	 * reader lacks a right: reloading the page is the remedy. Other refusals get the
	 * site's 403 page.
	 */
	private static AccessDeniedHandler keptOrRefused(ObjectProvider<ExpiredSessionPosts> keepers, Labels labels) {
		AccessDeniedHandler refused = new AccessDeniedHandlerImpl();
		return (request, response, denied) -> {
			if (!(denied instanceof CsrfException)) {
				refused.handle(request, response, denied);
				return;
			}
			if ("POST".equals(request.getMethod())) {
				for (ExpiredSessionPosts keeper : keepers.orderedStream().toList()) {
					if (keeper.keep(request, response)) {
						return;
					}
				}
			}
			ErrorExplanation.send(request, response, HttpStatus.FORBIDDEN.value(), labels.get("account.form.stale"));
		};
	}

	/**
	 * Tokens printed in pages are masked afresh each time (BREACH), from striped
	 * randomness.
	 */
	private static XorCsrfTokenRequestAttributeHandler maskedTokens() {
		XorCsrfTokenRequestAttributeHandler handler = new XorCsrfTokenRequestAttributeHandler();
		handler.setSecureRandom(new StripedSecureRandom(16));
		return handler;
	}

	private AuthenticationManager authenticationManager(ReaderDetails readers, PasswordEncoder passwords) {
		DaoAuthenticationProvider byPassword = new DaoAuthenticationProvider(readers);
		byPassword.setPasswordEncoder(passwords);
		byPassword.setPreAuthenticationChecks(user -> {
		});
		byPassword.setPostAuthenticationChecks(new SignInChecks());
		return new ProviderManager(byPassword, new RememberMeAuthenticationProvider(rememberMeKey));
	}

	@Bean
	PersistentTokenBasedRememberMeServices rememberMeServices(ReaderDetails readers, DataSource dataSource,
			AccountSettings settings) {
		JdbcTokenRepositoryImpl logins = new JdbcTokenRepositoryImpl();
		logins.setDataSource(dataSource);
		var services = new PersistentTokenBasedRememberMeServices(rememberMeKey, readers, logins);
		services.setParameter(REMEMBER_ME);
		services.setCookieName(REMEMBER_ME);
		services.setTokenValiditySeconds((int) settings.rememberMe().toSeconds());
		services.setUserDetailsChecker(new SignInChecks());
		return services;
	}

	/** Every cookie we set (remember-me) is {@code SameSite=Lax}, like the session's. */
	@Bean
	CookieSameSiteSupplier laxCookies() {
		return CookieSameSiteSupplier.ofLax();
	}

}
