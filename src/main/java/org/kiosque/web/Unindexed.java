package org.kiosque.web;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Keeps search engines off the pages that are nobody's business but their reader's (every
 * {@link PrivatePaths}: accounts, sign-in, registration, the newsroom) and off the pages
 * that only repeat others ({@link UnindexedPaths}: search results; a listing's keyset
 * pages, {@link PageNumber#isKeysetPage}, whose articles move as the newspaper
 * publishes). Each answer carries {@code X-Robots-Tag: noindex} (Google's and Bing's
 * header, which covers CSV exports too), and {@link PageLayout} prints
 * {@code <meta name="robots" content="noindex">} on such pages.
 */
@Component
class Unindexed extends OncePerRequestFilter {

	static final String HEADER = "X-Robots-Tag";

	private final List<PathPattern> patterns;

	Unindexed(List<PrivatePaths> personal, List<UnindexedPaths> unlisted) {
		this.patterns = Stream
			.concat(personal.stream().flatMap(p -> p.patterns().stream()),
					unlisted.stream().flatMap(p -> p.patterns().stream()))
			.map(PathPatternParser.defaultInstance::parse)
			.toList();
	}

	/** Whether the page at the request's path is kept out of search engines. */
	boolean matches(HttpServletRequest request) {
		if (PageNumber.isKeysetPage(request) && !request.getRequestURI().startsWith("/api/")) {
			return true;
		}
		PathContainer path = PathContainer
			.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		for (PathPattern pattern : patterns) {
			if (pattern.matches(path)) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (matches(request)) {
			response.setHeader(HEADER, "noindex");
		}
		chain.doFilter(request, response);
	}

}
