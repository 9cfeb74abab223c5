package org.kiosque.web;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers the two page caching filters: {@link RenderedPages} first of all, ahead of
 * the session, security and observation filters whose cost it saves;
 * {@link PublicPageCaching} after Spring Security's filter chain (order -100), not before
 * it.
 */
@Configuration(proxyBeanMethods = false)
class PageCaching {

	@Bean
	PublicPages publicPages(PageCacheSettings settings, ObjectProvider<PersonalCookies> cookies,
			ObjectProvider<PrivatePaths> paths) {
		return new PublicPages(settings, cookies.orderedStream().toList(), paths.orderedStream().toList());
	}

	@Bean
	FilterRegistrationBean<PublicPageCaching> publicPageCaching(PageCacheSettings settings, PublicPages pages) {
		var registration = new FilterRegistrationBean<>(new PublicPageCaching(settings, pages));
		registration.setOrder(0);
		return registration;
	}

	@Bean
	RenderedPages renderedPages(RenderedPageSettings settings, PageCacheSettings caching, PublicPages pages,
			MeterRegistry meters) {
		return new RenderedPages(settings, caching, pages, meters);
	}

	@Bean
	StaleCopies staleCopies(RenderedPages pages) {
		return new StaleCopies(pages);
	}

	@Bean
	FilterRegistrationBean<RenderedPages> renderedPagesFilter(RenderedPages pages) {
		var registration = new FilterRegistrationBean<>(pages);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
