package org.kiosque.account;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.kiosque.web.ErrorExplanation;
import org.kiosque.site.Labels;
import org.kiosque.site.SiteSettings;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Forms are taken from the site's own pages only: the one place that asks where a
 * sign-in, a comment or any other form comes from, before its CSRF token is checked.
 * <p>
 * A browser says where a request comes from in {@code Sec-Fetch-Site}; {@code cross-site}
 * is refused. An older browser sends no Fetch Metadata, so its {@code Origin} is asked,
 * or failing that its {@code Referer}: either must be the site's own, that is the origin
 * of {@code kiosque.site.base-url} or the scheme, host and port the request itself came
 * to. A post carrying neither header (curl, old clients, a privacy proxy that strips
 * {@code Referer}) is let through: no browser forges a cross-site form without saying so,
 * and the CSRF token still stands. {@code Origin: null} (a sandboxed frame, a cross-site
 * redirect) is not the site's own and is refused.
 * <p>
 * This matters most to strangers, whose CSRF token is the same for all (see
 * {@link CsrfTokens}): without it another site could sign a stranger into the attacker's
 * account.
 */
final class FormOrigins extends OncePerRequestFilter {

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private final SiteSettings site;

	private final Labels labels;

	private final RequestMatcher exempt;

	/**
	 * @param exempt posts that legitimately come from elsewhere and carry their own proof
	 * (one-click unsubscribe from a mail client)
	 */
	FormOrigins(SiteSettings site, Labels labels, RequestMatcher exempt) {
		this.site = site;
		this.labels = labels;
		this.exempt = exempt;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!SAFE_METHODS.contains(request.getMethod()) && !exempt.matches(request) && foreign(request)) {
			ErrorExplanation.send(request, response, HttpServletResponse.SC_FORBIDDEN,
					labels.get("account.foreign-form"));
			return;
		}
		chain.doFilter(request, response);
	}

	/** Whether the browser tells, one way or another, that another site sent this. */
	boolean foreign(HttpServletRequest request) {
		String fetchSite = request.getHeader("Sec-Fetch-Site");
		if (fetchSite != null) {
			return "cross-site".equalsIgnoreCase(fetchSite.strip());
		}
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		if (origin != null) {
			return !own(origin, request);
		}
		String referer = request.getHeader(HttpHeaders.REFERER);
		return referer != null && !own(referer, request);
	}

	private boolean own(String address, HttpServletRequest request) {
		String origin = origin(address);
		if (origin == null) {
			return false;
		}
		return origin.equals(origin(site.baseUrl().toString()))
				|| origin.equals(origin(request.getScheme(), request.getServerName(), request.getServerPort()));
	}

	/**
	 * {@code scheme://host:port}, lower case, the default port spelt out; null if none.
	 */
	private static @Nullable String origin(String address) {
		try {
			URI uri = URI.create(address.strip());
			if (uri.getScheme() == null || uri.getHost() == null) {
				return null;
			}
			return origin(uri.getScheme(), uri.getHost(), uri.getPort());
		}
		catch (IllegalArgumentException unreadable) {
			return null;
		}
	}

	private static String origin(String scheme, String host, int port) {
		String s = scheme.toLowerCase(Locale.ROOT);
		int p = port >= 0 ? port : ("https".equals(s) ? 443 : 80);
		return s + "://" + host.toLowerCase(Locale.ROOT) + ":" + p;
	}

}
