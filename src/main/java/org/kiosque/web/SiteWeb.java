package org.kiosque.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.kiosque.site.SiteSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The site speaks one language, chosen by {@code kiosque.site.locale} or in the newsroom;
 * static files are cached long, the stylesheet a year under an address that changes with
 * its content.
 */
@Configuration(proxyBeanMethods = false)
class SiteWeb implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver(SiteSettings site) {
		// Asked at each request: an admin may change the language in the newsroom.
		return new FixedLocaleResolver() {
			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				return site.locale();
			}

			@Override
			public Locale getDefaultLocale() {
				return site.locale();
			}
		};
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// The stylesheet is linked by an address that holds a hash of its content
		// (site-<md5>.css, see Stylesheet): a new one is a new address, so a year's
		// caching never serves an old one.
		registry.addResourceHandler("/static/css/**")
			.addResourceLocations("classpath:/static/css/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		registry.addResourceHandler("/static/**")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic());
	}

}
