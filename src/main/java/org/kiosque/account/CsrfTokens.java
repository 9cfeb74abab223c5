package org.kiosque.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Set;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.kiosque.web.PublicPages;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * CSRF tokens that keep public pages cacheable.
 * <p>
 * A forged request harms only through the victim's ambient credentials. A stranger (no
 * credential cookie, {@code SESSION} or {@code remember-me}, and no session: see
 * {@link PublicPages#carriesCredentials}) has none, so every stranger gets the same
 * token: an HMAC of the UTC day under the install's {@link org.kiosque.site.SiteSecrets}.
 * Printing it sets no cookie and creates no session, so a page with a form is the same
 * for all strangers and a CDN may carry it. A stranger's post is checked against today's
 * and yesterday's token (a page cached before midnight still submits), and refused
 * outright when the browser says it comes from another site. A token anyone can read
 * needs the browser's word that the post comes from the site's own pages:
 * {@link FormOrigins} refuses any other first, which keeps a forged sign-in from signing
 * a stranger into the attacker's account.
 * <p>
 * A request that carries credentials gets the session's own token, renewed at sign-in by
 * Spring Security; there the daily token is worthless, which is the protection itself.
 */
final class CsrfTokens implements CsrfTokenRepository {

	private static final String HEADER = "X-CSRF-TOKEN";

	private static final String PARAMETER = "_csrf";

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();

	/** The name of the key in {@link org.kiosque.site.SiteSecrets}. */
	static final String SECRET = "csrf";

	private final XorCsrfTokenRequestAttributeHandler masking = new XorCsrfTokenRequestAttributeHandler();

	private final Supplier<byte[]> secret;

	private final Clock clock;

	private final PublicPages pages;

	CsrfTokens(Supplier<byte[]> secret, Clock clock, PublicPages pages) {
		this.secret = secret;
		this.clock = clock;
		this.pages = pages;
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return pages.carriesCredentials(request) ? sessions.generateToken(request) : daily(today());
	}

	@Override
	public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (pages.carriesCredentials(request)) {
			sessions.saveToken(token, request, response);
		}
	}

	@Override
	public @Nullable CsrfToken loadToken(HttpServletRequest request) {
		if (pages.carriesCredentials(request)) {
			return sessions.loadToken(request);
		}
		CsrfToken current = daily(today());
		if (SAFE_METHODS.contains(request.getMethod())) {
			return current;
		}
		CsrfToken previous = daily(today().minusDays(1));
		String submitted = masking.resolveCsrfTokenValue(request, current);
		return submitted != null && same(submitted, previous.getToken()) ? previous : current;
	}

	/** The token every stranger gets on {@code day} (UTC). */
	CsrfToken daily(LocalDate day) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.get(), "HmacSHA256"));
			byte[] signature = mac.doFinal(("kiosque-csrf|" + day).getBytes(StandardCharsets.UTF_8));
			return new DefaultCsrfToken(HEADER, PARAMETER,
					Base64.getUrlEncoder().withoutPadding().encodeToString(signature));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
		}
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

	private static boolean same(String a, String b) {
		return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
	}

}
