package org.kiosque.reading;

import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * Whether a request is a read: a GET by a reader, not a robot, not a prefetch or prerender,
 * not staff checking their own page, and not the same reader again within the repeat
 * window. Each rule can be turned off ({@link ReadSettings}). Runs on the request thread,
 * in memory only.
 */
@Component
class CountingRules {

	private static final String[] PURPOSE_HEADERS = { "Sec-Purpose", "Purpose", "X-Purpose", "X-Moz" };
	private static final String[] STAFF_ROLES = { "CONTRIBUTOR", "EDITOR", "ADMIN" };
	private static final int READER_ID_LENGTH = 32;

	private final ReadSettings settings;
	private final BotFilter bots;
	private final @Nullable Cache<ReadKey, Boolean> recentReads;

	CountingRules(ReadSettings settings, BotFilter bots) {
		this.settings = settings;
		this.bots = bots;
		this.recentReads = settings.repeatWindow().isZero() ? null
				: Caffeine.newBuilder()
					.expireAfterWrite(settings.repeatWindow())
					.maximumSize(settings.rememberedReads())
					.build();
	}

	/** True if the request counts as a read of the article; recognises (or names) the reader on the way. */
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
		if (recentReads == null) {
			return true;
		}
		String reader = reader(request, response);
		ReadKey key = new ReadKey(Long.parseUnsignedLong(reader, 0, 16, 16), Long.parseUnsignedLong(reader, 16, 32, 16),
				articleId);
		return recentReads.asMap().putIfAbsent(key, Boolean.TRUE) == null;
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

	private static boolean isStaff(HttpServletRequest request) {
		if (request.getUserPrincipal() == null) {
			return false; // the common case, without asking for roles
		}
		for (String role : STAFF_ROLES) {
			if (request.isUserInRole(role)) {
				return true;
			}
		}
		return false;
	}

	/** The reader's id from the cookie; a request without one is a new reader, named here. */
	private String reader(HttpServletRequest request, HttpServletResponse response) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (settings.readerCookie().equals(cookie.getName()) && isReaderId(cookie.getValue())) {
					return cookie.getValue();
				}
			}
		}
		ThreadLocalRandom random = ThreadLocalRandom.current();
		// Not a secret: it only tells one reader's repeats from another reader's first read.
		String id = HexFormat.of().toHexDigits(random.nextLong()) + HexFormat.of().toHexDigits(random.nextLong());
		response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(settings.readerCookie(), id)
			.path("/")
			.maxAge(settings.readerCookieAge())
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.build()
			.toString());
		return id;
	}

	private static boolean isReaderId(@Nullable String value) {
		if (value == null || value.length() != READER_ID_LENGTH) {
			return false;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
				return false;
			}
		}
		return true;
	}

	/** A reader's id as two numbers rather than text: a million of these is about 100 MB less. */
	private record ReadKey(long readerHigh, long readerLow, long articleId) {
	}
}
