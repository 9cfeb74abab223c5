package org.kiosque.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.kiosque.site.Labels;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a form ({@code application/x-www-form-urlencoded}) whose declared length is
 * past what the servlet container parses ({@code server.tomcat.max-http-form-post-size},
 * 2 MB), before anything reads a parameter: 413, the site's error page with a sentence in
 * the reader's language. Left to Tomcat, the first filter that asks for a parameter (the
 * session's, the CSRF check) fails, and so does the error page after it: a bare English
 * "HTTP Status 500" (or 413) page. Multipart bodies have their own gates
 * ({@link Uploads}, the media library's size gate).
 */
@Configuration(proxyBeanMethods = false)
class FormSizeGate {

	@Bean
	FilterRegistrationBean<Gate> oversizedFormsRefused(
			@Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize limit, Labels labels) {
		var registration = new FilterRegistrationBean<>(new Gate(limit, labels));
		// With the multipart guard, before sessions and security read any parameter.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	static final class Gate extends OncePerRequestFilter {

		private final DataSize limit;

		private final Labels labels;

		Gate(DataSize limit, Labels labels) {
			this.limit = limit;
			this.labels = labels;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String type = request.getContentType();
			String lower = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
			// A negative limit is Tomcat's "no limit".
			if (lower.startsWith("application/x-www-form-urlencoded") && limit.toBytes() >= 0
					&& request.getContentLengthLong() > limit.toBytes()) {
				refuse(request, response);
				return;
			}
			try {
				chain.doFilter(request, response);
			}
			catch (IllegalStateException | ServletException failed) {
				// A multipart form's text fields count against the same limit, which only
				// parsing it tells (its length holds the file's bytes too): Tomcat then
				// fails the first read of a parameter.
				if (!lower.startsWith("multipart/") || response.isCommitted() || !pastMaxPostSize(failed)) {
					throw failed;
				}
				refuse(request, response);
			}
		}

		private void refuse(HttpServletRequest request, HttpServletResponse response)
				throws IOException, ServletException {
			ErrorExplanation.sendUnread(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
					labels.get("error.413.form", Math.max(1, limit.toMegabytes())));
		}

		/**
		 * Whether Tomcat refused the body's fields past {@code maxPostSize}, its own
		 * words.
		 */
		private static boolean pastMaxPostSize(Throwable failed) {
			for (Throwable t = failed; t != null; t = t.getCause()) {
				if (t instanceof IllegalStateException && t.getMessage() != null
						&& t.getMessage().contains("maxPostSize")) {
					return true;
				}
			}
			return false;
		}

	}

}
