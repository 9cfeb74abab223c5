package org.kiosque.reading;

import java.time.Clock;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.kiosque.account.NewsroomAccess;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Whether a request is a read: a GET by a reader, not a robot, not a prefetch or
 * prerender, not staff checking their own page, and not the same reader again within the
 * repeat window. Each rule can be turned off ({@link ReadSettings}). Runs on the request
 * thread, in memory only; the repeat window lives in the reader's own cookie
 * ({@link RecentReads}).
 */
@Component
class CountingRules {

	private static final String[] PURPOSE_HEADERS = { "Sec-Purpose", "Purpose", "X-Purpose", "X-Moz" };

	private final ReadSettings settings;

	private final BotFilter bots;

	private final Clock clock;

	private final NewsroomAccess access;

	private final long window;

	/**
	 * Written by hand rather than by ResponseCookie, which formats an Expires date on
	 * every call.
	 */
	private final String cookieAttributes;

	CountingRules(ReadSettings settings, BotFilter bots, Clock clock, NewsroomAccess access) {
		this.settings = settings;
		this.access = access;
		this.bots = bots;
		this.clock = clock;
		this.window = settings.repeatWindow().toSeconds();
		this.cookieAttributes = "; Path=/; Max-Age=" + window + "; HttpOnly; SameSite=Lax";
	}

	/**
	 * True if the request counts as a read of the article; remembers it in the reader's
	 * cookie.
	 */
	boolean counts(long articleId, HttpServletRequest request, HttpServletResponse response) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !(settings.countHead() && "HEAD".equals(method))) {
			return false;
		}
		if (settings.skipPrefetch() && isPrefetch(request)) {
			return false;
		}
		if (settings.skipBots() && bots.isBot(request.getHeader(HttpHeaders.USER_AGENT))) {
			return false;
		}
		if (settings.skipStaff() && isStaff(request)) {
			return false;
		}
		if (window == 0) {
			return true;
		}
		long now = clock.millis() / 1000;
		RecentReads recent = new RecentReads(readerCookie(request));
		if (recent.includes(articleId, now - window)) {
			return false;
		}
		String value = recent.with(articleId, now, now - window, settings.readsPerReader());
		response.addHeader(HttpHeaders.SET_COOKIE,
				settings.readerCookie() + '=' + value + cookieAttributes + (request.isSecure() ? "; Secure" : ""));
		return true;
	}

	static boolean isPrefetch(HttpServletRequest request) {
		for (String header : PURPOSE_HEADERS) {
			String value = request.getHeader(header);
			if (value != null) {
				String v = value.toLowerCase(Locale.ROOT);
				if (v.contains("prefetch") || v.contains("prerender") || v.contains("preview")) {
					return true;
				}
			}
		}
		return false;
	}

	private boolean isStaff(HttpServletRequest request) {
		if (request.getUserPrincipal() == null) {
			return false; // the common case, without asking the access rules
		}
		return access.worksInNewsroom();
	}

	private @Nullable String readerCookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (settings.readerCookie().equals(cookie.getName())) {
					String value = cookie.getValue();
					// RFC 6265 lets a value come quoted; some clients (java.net's) quote
					// every one.
					return value.length() > 1 && value.startsWith("\"") && value.endsWith("\"")
							? value.substring(1, value.length() - 1) : value;
				}
			}
		}
		return null;
	}

}
