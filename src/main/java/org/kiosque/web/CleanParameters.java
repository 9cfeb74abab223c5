package org.kiosque.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.CleanText;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every form field and query parameter, whichever feature reads it (comments, accounts,
 * newsletter, newsroom, search), reaches the application through {@link CleanText}: the
 * characters XML 1.0 refuses never get stored, so they can never break a feed or a
 * sitemap later.
 * <p>
 * Passwords are the exception: they are compared, never printed, and cleaning them would
 * lock out a reader whose password was set before this rule.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class CleanParameters extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new Cleaned(request), response);
	}

	private static final class Cleaned extends HttpServletRequestWrapper {

		private @Nullable Map<String, String[]> parameters;

		Cleaned(HttpServletRequest request) {
			super(request);
		}

		@Override
		public @Nullable String getParameter(String name) {
			String[] values = getParameterMap().get(name);
			return values == null || values.length == 0 ? null : values[0];
		}

		@Override
		public String @Nullable [] getParameterValues(String name) {
			String[] values = getParameterMap().get(name);
			return values == null ? null : values.clone();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(getParameterMap().keySet());
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			if (parameters == null) {
				Map<String, String[]> cleaned = new LinkedHashMap<>();
				super.getParameterMap().forEach((name, values) -> cleaned.put(name, clean(name, values)));
				parameters = Collections.unmodifiableMap(cleaned);
			}
			return parameters;
		}

		private static String[] clean(String name, String[] values) {
			if (name.toLowerCase(Locale.ROOT).contains("password")) {
				return values;
			}
			String[] cleaned = new String[values.length];
			for (int i = 0; i < values.length; i++) {
				cleaned[i] = CleanText.lines(values[i]);
			}
			return cleaned;
		}

	}

}
