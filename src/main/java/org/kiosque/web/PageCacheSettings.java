package org.kiosque.web;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * HTTP caching of public pages ({@code kiosque.cache.pages.*}), so that a CDN or a
 * caching proxy can carry the readers who are not signed in.
 *
 * @param enabled false: every page keeps Spring Security's {@code no-cache} headers
 * @param maxAge how long a shared cache may serve a page without asking again
 * @param staleWhileRevalidate how long past {@code maxAge} it may serve it while fetching
 * a fresh copy
 * @param paths the public pages, as Spring path patterns; the pages features declare
 * private ({@link PrivatePaths}) are never public
 * @param personalCookies cookies that make a request personal besides those the features
 * declare ({@link PersonalCookies}: session, remember-me, held comment)
 */
@ConfigurationProperties("kiosque.cache.pages")
record PageCacheSettings(@DefaultValue("true") boolean enabled, @DefaultValue("30s") Duration maxAge,
		@DefaultValue("60s") Duration staleWhileRevalidate, @DefaultValue( {
				"/", "/section/**", "/tag/**", "/article/**", "/corrections", "/auteur/**", "/mentions-legales",
				"/conditions-utilisation", "/confidentialite", "/contact" }) List<String> paths,
		@DefaultValue List<String> personalCookies){

	String publicCacheControl() {
		return "public, max-age=" + maxAge.toSeconds() + ", stale-while-revalidate=" + staleWhileRevalidate.toSeconds();
	}
}
