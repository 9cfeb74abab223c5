package org.kiosque.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one former address a handler would serve: the home page with a query
 * ({@code /?p=123}, {@code /?cat=4}, WordPress's addresses without pretty permalinks),
 * which the front page answers whatever its query. Only a GET or HEAD of {@code /} with a
 * query reads {@link FormerAddresses}; every other request passes untouched (one string
 * comparison). Other former addresses are answered by the 404 page ({@link ErrorPages}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
class FormerAddressFilter extends OncePerRequestFilter {

	private final FormerAddresses addresses;

	FormerAddressFilter(FormerAddresses addresses) {
		this.addresses = addresses;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String query = request.getQueryString();
		return query == null || query.isEmpty() || !"/".equals(request.getRequestURI())
				|| !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<String> moved = addresses.moved(request.getRequestURI(), request.getQueryString());
		if (moved.isPresent()) {
			response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
			response.setHeader(HttpHeaders.LOCATION, moved.get());
			return;
		}
		chain.doFilter(request, response);
	}

}
