package org.kiosque.desk;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.codec.digest.DigestUtils;
import org.jspecify.annotations.Nullable;
import org.kiosque.account.ExpiredSessionPosts;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * The editor's form posted after its session ended (its CSRF token died with the session,
 * so the post is refused before any controller): the text is held in {@code desk_held}
 * for {@link #VALIDITY}, under the SHA-256 of a random token given to the browser in an
 * {@code HttpOnly}, {@code SameSite=Strict} cookie, and the browser is sent to the
 * editor, which asks to sign in and comes back. The editor then gives the text back,
 * once, and only to an account that may save that article ({@link DeskPolicy}): the token
 * alone shows nothing.
 */
@Component
class HeldForms implements ExpiredSessionPosts {

	/** How long a held form waits for its author to sign in again. */
	static final Duration VALIDITY = Duration.ofHours(24);

	static final String COOKIE = "kiosque-held";

	private static final Pattern EDITOR = Pattern.compile("^" + ArticleEditor.PATH + "/(new|[0-9]{1,18})$");

	private final DraftRepository drafts;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	HeldForms(DraftRepository drafts, Clock clock) {
		this.drafts = drafts;
		this.clock = clock;
	}

	@Override
	public boolean keep(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Matcher editor = EDITOR.matcher(request.getRequestURI());
		if (!editor.matches()) {
			return false;
		}
		Map<String, String> form = new HashMap<>();
		request.getParameterMap().forEach((name, values) -> form.put(name, values.length == 0 ? "" : values[0]));
		byte[] token = new byte[32];
		random.nextBytes(token);
		String cookie = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
		drafts.dropHeldBefore(clock.instant().minus(VALIDITY));
		drafts.hold(hash(cookie), editor.group(1), new DraftRepository.Draft(Copy.of(form),
				ArticleEditor.baseRevision(form.get("baseRevision")), clock.instant()));
		response.addHeader("Set-Cookie", cookie(cookie, VALIDITY, request.isSecure()).toString());
		// The editor's page asks to sign in, then comes back here, where the text waits.
		response.setStatus(HttpStatus.SEE_OTHER.value());
		response.setHeader("Location", request.getRequestURI());
		return true;
	}

	/**
	 * The form held for this browser and the article ({@code key}: its id or
	 * {@code new}), taken (removed) and the cookie cleared; empty when there is none.
	 * Call it only once the person is known to be allowed to save the article.
	 */
	Optional<DraftRepository.Draft> claim(HttpServletRequest request, HttpServletResponse response, String key) {
		String token = token(request);
		if (token == null) {
			return Optional.empty();
		}
		Optional<DraftRepository.Draft> held = drafts.held(hash(token), key, clock.instant().minus(VALIDITY), true);
		if (held.isPresent()) {
			response.addHeader("Set-Cookie", cookie("", Duration.ZERO, request.isSecure()).toString());
		}
		return held;
	}

	private static @Nullable String token(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return null;
		}
		for (Cookie c : request.getCookies()) {
			if (COOKIE.equals(c.getName()) && c.getValue().matches("[A-Za-z0-9_-]{43}")) {
				return c.getValue();
			}
		}
		return null;
	}

	private static ResponseCookie cookie(String value, Duration age, boolean secure) {
		return ResponseCookie.from(COOKIE, value)
			.path(ArticleEditor.PATH)
			.httpOnly(true)
			.secure(secure)
			.sameSite("Strict")
			.maxAge(age)
			.build();
	}

	private static String hash(String token) {
		return DigestUtils.sha256Hex(token);
	}

}
