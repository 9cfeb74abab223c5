package org.kiosque.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves renditions to everyone at {@code /media/{id}/{version}/{crop}-{width}.{ext}}
 * (see {@link Rendition}): 404 for an address Kiosque does not offer, otherwise the file,
 * made on the first request, with {@code Cache-Control: public, max-age=31536000,
 * immutable} (RFC 8246), since a changed picture gets a new address.
 * <p>
 * A filter ahead of every other (sessions, security, page caches, Spring MVC): a
 * rendition is a public file that carries no cookie and no personal data, and a page with
 * twenty pictures asks for twenty of them, so each is served as cheaply as the servlet
 * container allows — with Tomcat's sendfile when the connector offers it.
 */
@Configuration(proxyBeanMethods = false)
class RenditionDesk {

	static final String CACHE_CONTROL = "public, max-age=31536000, immutable";

	@Bean
	FilterRegistrationBean<RenditionFiles> renditionFiles(Renditions renditions) {
		var registration = new FilterRegistrationBean<>(new RenditionFiles(renditions));
		registration.addUrlPatterns("/media/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	static final class RenditionFiles extends OncePerRequestFilter {

		private static final String SENDFILE_SUPPORT = "org.apache.tomcat.sendfile.support";

		private final Renditions renditions;

		RenditionFiles(Renditions renditions) {
			this.renditions = renditions;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			String method = request.getMethod();
			return !("GET".equals(method) || "HEAD".equals(method));
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			Rendition rendition = Rendition.parse(path);
			Optional<Path> file = rendition == null ? Optional.empty() : renditions.file(rendition);
			if (file.isEmpty()) {
				response.sendError(HttpServletResponse.SC_NOT_FOUND);
				return;
			}
			long length = Files.size(file.get());
			response.setStatus(HttpServletResponse.SC_OK);
			response.setContentType(rendition.format().mediaType());
			response.setContentLengthLong(length);
			response.setHeader("Cache-Control", CACHE_CONTROL);
			response.setHeader("X-Content-Type-Options", "nosniff");
			if ("HEAD".equals(request.getMethod())) {
				return;
			}
			if (Boolean.TRUE.equals(request.getAttribute(SENDFILE_SUPPORT))) {
				request.setAttribute("org.apache.tomcat.sendfile.filename", file.get().toString());
				request.setAttribute("org.apache.tomcat.sendfile.start", 0L);
				request.setAttribute("org.apache.tomcat.sendfile.end", length);
				return;
			}
			Files.copy(file.get(), response.getOutputStream());
		}

	}

}
