package org.kiosque.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.kiosque.web.PublicPages;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.header.HeaderWriter;

/**
 * Keeps personal pages out of every cache: anything served to a signed-in reader (the
 * masthead carries their name), anything served to a browser that carries a session or
 * remember-me cookie (its forms hold that session's CSRF token), and the pages features
 * declare private (account, sign-in, newsroom), all as {@link PublicPages} decides. Pages
 * served to strangers keep the caching headers their feature chose, so a CDN may carry
 * them.
 */
final class PrivatePages implements HeaderWriter {

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	private final PublicPages pages;

	PrivatePages(PublicPages pages) {
		this.pages = pages;
	}

	@Override
	public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
		String path = request.getServletPath();
		if (path.startsWith("/static/")) {
			return;
		}
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = auth != null && auth.isAuthenticated() && !trust.isAnonymous(auth);
		if (signedIn || pages.carriesCredentials(request) || pages.isPrivate(request)) {
			response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
			response.setHeader("Pragma", "no-cache");
			response.setHeader("Expires", "0");
		}
	}

}
