package org.kiosque.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Multipart bodies only where a feature declared an upload ({@link UploadPath}).
 * Elsewhere they are refused with 415 before anything reads a parameter: the servlet
 * container parses a multipart body (to disk, up to
 * {@code spring.servlet.multipart.max-request-size}) the first time any filter asks for a
 * parameter, the CSRF check among them, so on an ordinary form route a stranger could
 * otherwise make every node write files.
 */
@Configuration(proxyBeanMethods = false)
class Uploads {

	@Bean
	FilterRegistrationBean<MultipartOnlyOnUploadPaths> multipartOnlyOnUploadPaths(ObjectProvider<UploadPath> uploads) {
		var registration = new FilterRegistrationBean<>(
				new MultipartOnlyOnUploadPaths(uploads.orderedStream().toList()));
		// Right after the node's copies of public pages (GET only), ahead of the session
		// and the security filters.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	/**
	 * A client that asks before sending a body ({@code Expect: 100-continue}, RFC 9110
	 * section 10.1.1: curl does for any body past 1 MB) is told {@code 100 Continue} only
	 * once something reads the body, not at once as Tomcat does by default. An upload
	 * refused from its headers (too large, multipart where none is declared) is then
	 * answered before a byte of it is sent; otherwise the client is still sending when
	 * Tomcat, past {@code server.tomcat.max-swallow-size}, closes the connection, and the
	 * reset can destroy the refusal before the client reads it.
	 */
	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> continueOnlyWhenTheBodyIsRead() {
		return factory -> factory
			.addConnectorCustomizers(connector -> connector.setProperty("continueResponseTiming", "onRead"));
	}

	static final class MultipartOnlyOnUploadPaths extends OncePerRequestFilter {

		private final List<PathPattern> uploads;

		MultipartOnlyOnUploadPaths(List<UploadPath> uploads) {
			this.uploads = uploads.stream().map(u -> PathPatternParser.defaultInstance.parse(u.pattern())).toList();
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String type = request.getContentType();
			if (type != null && type.strip().toLowerCase(Locale.ROOT).startsWith("multipart/") && !upload(request)) {
				response.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
				return;
			}
			chain.doFilter(request, response);
		}

		private boolean upload(HttpServletRequest request) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			PathContainer container = PathContainer.parsePath(path);
			return uploads.stream().anyMatch(p -> p.matches(container));
		}

	}

}
