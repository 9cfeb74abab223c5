package org.kiosque.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.kiosque.web.PublicPages;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Settles the session's CSRF token before the page is written. A reader with a session
 * cookie gets a token kept in the session; were it first asked for halfway through the
 * page (the newsletter box, the comment form), a new session could no longer be opened
 * once the response had started. Strangers' tokens need no session, so they stay lazy.
 */
class EarlyCsrfToken extends OncePerRequestFilter {

	private final PublicPages pages;

	EarlyCsrfToken(PublicPages pages) {
		this.pages = pages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (pages.carriesCredentials(request)
				&& request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
			token.getToken();
		}
		chain.doFilter(request, response);
	}

}
