package org.kiosque.media;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.kiosque.site.Labels;
import org.kiosque.web.ErrorExplanation;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an upload to the library whose declared length is already past
 * {@code kiosque.media.max-upload-size} (with room for the form's other fields), before
 * anything reads the body: 413, the site's error page with the French sentence, rather
 * than the servlet container's own multipart limit, which would lose the form's CSRF
 * token and answer a puzzling 403.
 */
@Configuration(proxyBeanMethods = false)
class UploadSizeGate {

	/** Room for the multipart boundaries, the CSRF token and the file's headers. */
	private static final long FORM_ROOM = 64 * 1024;

	@Bean
	FilterRegistrationBean<Gate> libraryUploadSizeGate(MediaSettings settings, Pictures pictures, Labels labels) {
		var registration = new FilterRegistrationBean<>(new Gate(settings, pictures, labels));
		registration.addUrlPatterns(MediaLibrary.PATH);
		// Right after the multipart guard of org.kiosque.web.Uploads, before sessions and
		// security read any parameter.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	static final class Gate extends OncePerRequestFilter {

		private final MediaSettings settings;

		private final Pictures pictures;

		private final Labels labels;

		Gate(MediaSettings settings, Pictures pictures, Labels labels) {
			this.settings = settings;
			this.pictures = pictures;
			this.labels = labels;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !"POST".equals(request.getMethod());
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (request.getContentLengthLong() > settings.maxUploadSize().toBytes() + FORM_ROOM) {
				String sentence = pictures.explain(
						new PictureRefused(PictureRefused.Reason.TOO_LARGE, request.getContentLengthLong() + " bytes"),
						labels);
				ErrorExplanation.sendUnread(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
						sentence);
				return;
			}
			chain.doFilter(request, response);
		}

	}

}
