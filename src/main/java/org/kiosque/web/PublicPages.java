package org.kiosque.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The one answer to "is this request personal?", asked by the headers shared caches read
 * ({@link PublicPageCaching}), the node's own copies ({@link RenderedPages}), the private
 * pages' headers and the CSRF tokens (account), so that none of them can disagree.
 * <p>
 * Fed by declarations: each feature names the cookies it sets that make a request
 * personal ({@link PersonalCookies}) and the pages that are always personal
 * ({@link PrivatePaths}); operators add cookies with
 * {@code kiosque.cache.pages.personal-cookies} and choose the public pages with
 * {@code kiosque.cache.pages.paths}. Everything is worked out once, at start: the article
 * page's copies ask on every request, ahead of the filter chain.
 */
public final class PublicPages {

	private final List<PathPattern> publicPaths;

	private final List<PathPattern> privatePaths;

	private final Set<String> personalCookies;

	private final Set<String> credentialCookies;

	/**
	 * {@code name=}, the start of a {@code Set-Cookie} value setting a personal cookie.
	 */
	private final List<String> settingPersonalCookie;

	private PublicPages(List<String> publicPaths, List<String> operatorCookies, List<PersonalCookies> declaredCookies,
			List<PrivatePaths> declaredPaths) {
		this.publicPaths = publicPaths.stream().map(PathPatternParser.defaultInstance::parse).toList();
		this.privatePaths = declaredPaths.stream()
			.flatMap(p -> p.patterns().stream())
			.map(PathPatternParser.defaultInstance::parse)
			.toList();
		Set<String> personal = new HashSet<>(operatorCookies);
		Set<String> credentials = new HashSet<>();
		for (PersonalCookies cookies : declaredCookies) {
			personal.addAll(cookies.names());
			if (cookies.credentials()) {
				credentials.addAll(cookies.names());
			}
		}
		this.personalCookies = Set.copyOf(personal);
		this.credentialCookies = Set.copyOf(credentials);
		this.settingPersonalCookie = personal.stream().map(name -> name + "=").toList();
	}

	PublicPages(PageCacheSettings settings, List<PersonalCookies> cookies, List<PrivatePaths> paths) {
		this(settings.paths(), settings.personalCookies(), cookies, paths);
	}

	/**
	 * The decision made of these declarations alone, as the application makes it of the
	 * declared beans and the settings (for tests of one feature's part).
	 */
	public static PublicPages of(List<String> publicPaths, List<PersonalCookies> cookies, List<PrivatePaths> paths) {
		return new PublicPages(publicPaths, List.of(), cookies, paths);
	}

	/**
	 * A page that may be shared with every stranger: one of the public pages, and none of
	 * the private ones.
	 */
	boolean isPublic(HttpServletRequest request) {
		PathContainer path = path(request);
		return matches(publicPaths, path) && !matches(privatePaths, path);
	}

	/** A page that is personal whoever asks for it, and must never be kept by a cache. */
	public boolean isPrivate(HttpServletRequest request) {
		return matches(privatePaths, path(request));
	}

	/**
	 * Whether a forged request from this browser could ride on its credentials: a session
	 * or a remember-me login, as a cookie or as a session already open.
	 */
	public boolean carriesCredentials(HttpServletRequest request) {
		return carries(request, credentialCookies) || request.getSession(false) != null;
	}

	/** Whether the request is personal: it carries a personal cookie or has a session. */
	boolean isPersonal(HttpServletRequest request) {
		return carries(request, personalCookies) || request.getSession(false) != null;
	}

	/**
	 * Whether the request carries a personal cookie; asks nothing of the session, so that
	 * it may be asked ahead of the filter chain.
	 */
	boolean carriesPersonalCookie(HttpServletRequest request) {
		return carries(request, personalCookies);
	}

	/** A {@code Set-Cookie} value that sets a personal cookie. */
	boolean setsPersonalCookie(String setCookie) {
		for (String start : settingPersonalCookie) {
			if (setCookie.startsWith(start)) {
				return true;
			}
		}
		return false;
	}

	private static boolean carries(HttpServletRequest request, Set<String> names) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (names.contains(cookie.getName())) {
					return true;
				}
			}
		}
		return false;
	}

	private static PathContainer path(HttpServletRequest request) {
		return PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
	}

	private static boolean matches(List<PathPattern> patterns, PathContainer path) {
		for (PathPattern pattern : patterns) {
			if (pattern.matches(path)) {
				return true;
			}
		}
		return false;
	}

}
