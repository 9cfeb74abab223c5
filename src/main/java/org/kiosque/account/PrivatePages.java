package org.kiosque.account;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.header.HeaderWriter;

/**
 * Keeps personal pages out of every cache: anything served to a signed-in reader (the
 * masthead carries their name), anything served to a browser that carries a session or
 * remember-me cookie (its forms hold that session's CSRF token), and the account, sign-in
 * and newsroom pages. Pages served to strangers keep the caching headers their feature
 * chose, so a CDN may carry them.
 */
final class PrivatePages implements HeaderWriter {

	private static final List<String> PRIVATE = List.of("/account", "/newsroom", "/login", "/logout", "/register",
			"/password", "/email");

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	@Override
	public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
		String path = request.getServletPath();
		if (path.startsWith("/static/")) {
			return;
		}
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = auth != null && auth.isAuthenticated() && !trust.isAnonymous(auth);
		if (signedIn || CsrfTokens.carriesCredentials(request)
				|| PRIVATE.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"))) {
			response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
			response.setHeader("Pragma", "no-cache");
			response.setHeader("Expires", "0");
		}
	}

}
