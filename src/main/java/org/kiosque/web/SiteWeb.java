package org.kiosque.web;

import java.time.Clock;
import java.time.Duration;

import org.kiosque.site.SiteSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/**
 * The site speaks one language, chosen by {@code kiosque.site.locale}; static files are
 * cached long.
 */
@Configuration(proxyBeanMethods = false)
class SiteWeb implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver(SiteSettings site) {
		return new FixedLocaleResolver(site.locale());
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/static/**")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic());
	}

}
