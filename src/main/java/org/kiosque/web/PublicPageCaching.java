package org.kiosque.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.util.OnCommittedResponseWrapper;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets shared caches keep the public pages (home, sections, tags, articles) of readers
 * who are not signed in:
 * {@code Cache-Control: public, max-age=30, stale-while-revalidate=60} and
 * {@code Vary: Cookie}. A page that is personal in any way (a session or remember-me
 * cookie came in, a session was opened while the page was made, the page sets such a
 * cookie) gets {@code private, no-store} instead, and so do errors and redirects, which
 * must never be kept as if they were the page.
 * <p>
 * The decision is taken when the response is committed, not before the page is made,
 * because only then is it known whether the page opened a session or set a session
 * cookie. Registered after Spring Security's filter chain, so that its header writers run
 * after ours and may still mark a signed-in reader's page private.
 */
class PublicPageCaching extends OncePerRequestFilter {

	private static final String PRIVATE = "private, no-store";

	private final PageCacheSettings settings;

	private final PublicPages pages;

	private final String publicValue;

	PublicPageCaching(PageCacheSettings settings, PublicPages pages) {
		this.settings = settings;
		this.pages = pages;
		this.publicValue = settings.publicCacheControl();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!settings.enabled() || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
			return true;
		}
		return !pages.isPublic(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Decision decision = new Decision(request, response);
		try {
			chain.doFilter(request, new NoErrorCaching(decision));
		}
		finally {
			// A short page may never fill the buffer: it is committed after the filters
			// return.
			decision.decide();
		}
	}

	private boolean personal(HttpServletRequest request, HttpServletResponse response) {
		if (request.getUserPrincipal() != null) {
			return true;
		}
		// A session or remember-me cookie being set makes the page personal; other
		// cookies
		// (the read counter's reader cookie) are their feature's matter.
		if (response.getHeaders(HttpHeaders.SET_COOKIE).stream().anyMatch(pages::setsPersonalCookie)) {
			return true;
		}
		return pages.isPersonal(request);
	}

	/** Sets the headers once, just before the response goes out. */
	private final class Decision extends OnCommittedResponseWrapper {

		private final HttpServletRequest request;

		private final HttpServletResponse response;

		private boolean decided;

		Decision(HttpServletRequest request, HttpServletResponse response) {
			super(response);
			this.request = request;
			this.response = response;
		}

		@Override
		protected void onResponseCommitted() {
			decide();
		}

		void decide() {
			if (decided || response.isCommitted()) {
				decided = true;
				return;
			}
			decided = true;
			if (response.containsHeader(HttpHeaders.CACHE_CONTROL)) {
				return;
			}
			response.addHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
			boolean shareable = response.getStatus() == HttpServletResponse.SC_OK && !personal(request, response);
			response.setHeader(HttpHeaders.CACHE_CONTROL, shareable ? publicValue : PRIVATE);
		}

		/**
		 * An error or a redirect is on its way: its status is not set yet, so say it now.
		 */
		void failing() {
			if (!decided && !response.isCommitted() && !response.containsHeader(HttpHeaders.CACHE_CONTROL)) {
				response.setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE);
			}
			decided = true;
		}

	}

	/**
	 * Catches errors and redirects before the commit they cause: at that moment the
	 * status is not set yet, and an error page must never be cached as if it were the
	 * page.
	 */
	private static final class NoErrorCaching extends HttpServletResponseWrapper {

		private final Decision decision;

		NoErrorCaching(Decision decision) {
			super(decision);
			this.decision = decision;
		}

		@Override
		public void sendError(int sc, String msg) throws IOException {
			decision.failing();
			super.sendError(sc, msg);
		}

		@Override
		public void sendError(int sc) throws IOException {
			decision.failing();
			super.sendError(sc);
		}

		@Override
		public void sendRedirect(String location) throws IOException {
			decision.failing();
			super.sendRedirect(location);
		}

		@Override
		public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
			decision.failing();
			super.sendRedirect(location, sc, clearBuffer);
		}

	}

}
