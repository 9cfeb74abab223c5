package org.kiosque.account;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.kiosque.site.Quota;
import org.kiosque.web.ProblemDocuments;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer TOKEN} on the publishing API ({@code /api/admin/**}, RFC
 * 6750) and on the actuator ({@code /actuator/**}: an admin's token is how Prometheus
 * scrapes the metrics, which a session cookie cannot be for a machine): the token's
 * caller becomes the request's principal for this request only (stateless: nothing is
 * kept in a session, no cookie is set), with its role's authorities and
 * {@value #TOKEN_AUTHORITY}, which the access rules ask for. A token unknown or revoked
 * is answered 401 at once; a token past its requests per minute 429 with
 * {@code Retry-After} (seconds). Requests carrying a token need no CSRF token: a browser
 * never adds that header on its own ({@link #CARRIES_TOKEN}).
 */
final class BearerTokens extends OncePerRequestFilter {

	/** The authority every token request has, and no session ever does. */
	static final String TOKEN_AUTHORITY = "API_TOKEN";

	private static final String BEARER = "Bearer ";

	/**
	 * A request to the publishing API or the actuator that carries a bearer token. The
	 * header is looked at first: every page of the site is asked this, and almost none
	 * carries one, so no path is matched for them.
	 */
	static final RequestMatcher CARRIES_TOKEN = new AndRequestMatcher(request -> bearer(request).isPresent(),
			new OrRequestMatcher(PathPatternRequestMatcher.pathPattern(AccessRules.ADMIN_API),
					PathPatternRequestMatcher.pathPattern(AccessRules.ACTUATOR)));

	/**
	 * The requests the API's own, stateless chain answers: every one under
	 * {@code /api/admin/} but a look at its description without a token, which staff may
	 * take signed in.
	 */
	static final RequestMatcher API_CHAIN = new OrRequestMatcher(CARRIES_TOKEN,
			new AndRequestMatcher(PathPatternRequestMatcher.pathPattern(AccessRules.ADMIN_API),
					new NegatedRequestMatcher(
							PathPatternRequestMatcher.pathPattern(HttpMethod.GET, AccessRules.ADMIN_API_DESCRIPTION))));

	private static final Duration MINUTE = Duration.ofMinutes(1);

	private final ApiTokens tokens;

	private final ApiTokenSettings settings;

	private final ProblemDocuments problems;

	private final Clock clock;

	/** The requests of each token per minute, counted in the database by every node. */
	private final Quota quota;

	BearerTokens(ApiTokens tokens, ApiTokenSettings settings, ProblemDocuments problems, Quota quota, Clock clock) {
		this.tokens = tokens;
		this.settings = settings;
		this.problems = problems;
		this.quota = quota;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !CARRIES_TOKEN.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<ApiCaller> caller = tokens.authenticate(bearer(request).orElseThrow());
		if (caller.isEmpty()) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
			problems.send(response, problems.of(request, 401, "api.admin.problem.token"));
			return;
		}
		long wait = admitted(caller.get().tokenId());
		if (wait > 0) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait));
			ProblemDetail tooMany = problems.of(request, 429, "api.admin.problem.rate", settings.requestsPerMinute(),
					wait);
			problems.send(response, tooMany);
			return;
		}
		List<GrantedAuthority> authorities = new ArrayList<>(
				SignedInReader.authoritiesOf(caller.get().identity().role()));
		authorities.add(new SimpleGrantedAuthority(TOKEN_AUTHORITY));
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(caller.get(), null, authorities));
		// Set for this request only, never saved: the next request brings its token
		// again.
		SecurityContextHolder.setContext(context);
		chain.doFilter(request, response);
	}

	/**
	 * Counts the request in the token's minute, on whichever node it arrives (one site,
	 * one count); 0 when admitted, else the seconds until the next minute.
	 */
	private long admitted(long tokenId) {
		if (quota.admit("api-token:" + tokenId, settings.requestsPerMinute(), MINUTE)) {
			return 0;
		}
		long now = clock.millis();
		long minute = now / MINUTE.toMillis();
		return Math.max(1, ((minute + 1) * MINUTE.toMillis() - now + 999) / 1000);
	}

	private static Optional<String> bearer(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || header.length() <= BEARER.length()
				|| !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return Optional.empty();
		}
		return Optional.of(header.substring(BEARER.length()).strip());
	}

}
