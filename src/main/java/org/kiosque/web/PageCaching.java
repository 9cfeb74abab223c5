package org.kiosque.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link PublicPageCaching} inside Spring Security's filter chain (order -100), not before it. */
@Configuration(proxyBeanMethods = false)
class PageCaching {

	@Bean
	FilterRegistrationBean<PublicPageCaching> publicPageCaching(PageCacheSettings settings) {
		var registration = new FilterRegistrationBean<>(new PublicPageCaching(settings));
		registration.setOrder(0);
		return registration;
	}
}
