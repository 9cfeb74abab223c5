package org.kiosque.web;

import java.util.List;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which pages are public ({@code kiosque.cache.pages.paths}) and which cookies make a
 * request personal ({@code kiosque.cache.pages.personal-cookies}): decided once, for the
 * headers shared caches read ({@link PublicPageCaching}) and for the node's own copies
 * ({@link RenderedPages}), so that the two can never disagree.
 */
final class PublicPages {

	private final List<PathPattern> paths;

	private final List<String> personalCookies;

	PublicPages(PageCacheSettings settings) {
		this.paths = settings.paths().stream().map(PathPatternParser.defaultInstance::parse).toList();
		this.personalCookies = settings.personalCookies();
	}

	boolean isPublic(HttpServletRequest request) {
		PathContainer path = PathContainer
			.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		for (PathPattern pattern : paths) {
			if (pattern.matches(path)) {
				return true;
			}
		}
		return false;
	}

	boolean carriesPersonalCookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (personalCookies.contains(cookie.getName())) {
					return true;
				}
			}
		}
		return false;
	}

	/** A {@code Set-Cookie} value that sets a personal cookie. */
	boolean setsPersonalCookie(String setCookie) {
		for (String name : personalCookies) {
			if (setCookie.startsWith(name + "=")) {
				return true;
			}
		}
		return false;
	}

}
