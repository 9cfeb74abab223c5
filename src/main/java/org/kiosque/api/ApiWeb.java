package org.kiosque.api;

import java.time.Clock;

import org.kiosque.media.MediaSettings;
import org.kiosque.site.Labels;
import org.kiosque.web.ProblemDocuments;
import org.kiosque.web.UploadPath;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The publishing API's place in the request's path: uploads taken on
 * {@code /api/admin/media} only; the body limits first (before sessions and security read
 * anything); the idempotency keys after security (they are kept per token).
 */
@Configuration(proxyBeanMethods = false)
class ApiWeb {

	@Bean
	UploadPath apiMediaUpload() {
		return new UploadPath(MediaApi.PATH);
	}

	@Bean
	FilterRegistrationBean<BodyLimit> apiBodyLimit(ApiLimits limits, MediaSettings media, Labels labels,
			ProblemDocuments problems) {
		var registration = new FilterRegistrationBean<>(
				new BodyLimit(limits, media.maxUploadSize().toBytes(), labels, problems));
		registration.addUrlPatterns("/api/admin/*");
		// Right after the multipart guard (org.kiosque.web.Uploads).
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	@Bean
	FilterRegistrationBean<Idempotency> apiIdempotency(IdempotencyKeys keys, ApiLimits limits,
			ProblemDocuments problems, Clock clock) {
		var registration = new FilterRegistrationBean<>(new Idempotency(keys, limits, problems, clock));
		registration.addUrlPatterns("/api/admin/*");
		// After the security filters (order -100), which name the token.
		registration.setOrder(0);
		return registration;
	}

}
