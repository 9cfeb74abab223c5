package org.kiosque.account;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.kiosque.site.Labels;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses sign-in attempts with HTTP 429 once the account or the client address failed
 * too often; the password is not even checked, so guessing on stops paying.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

	private final SignInThrottle throttle;

	private final SignInPage page;

	private final Labels labels;

	SignInThrottleFilter(SignInThrottle throttle, SignInPage page, Labels labels) {
		this.throttle = throttle;
		this.page = page;
		this.labels = labels;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String email = SignInPage.typedAddress(request);
		Optional<Duration> wait = throttle.blocked(email, request.getRemoteAddr());
		if (wait.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
		response.setHeader("Retry-After", String.valueOf(Math.max(1, wait.get().toSeconds())));
		page.render(request, response, 429, email.strip(), labels.count("account.sign-in.throttled", minutes));
	}

}
