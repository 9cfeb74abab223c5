package org.kiosque.web;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The CSRF token every form of a page carries, found once per page by {@link PageLayout}
 * and handed to the page's template ({@link Frame#csrf()}) and to the slots
 * ({@link PageContext#csrf()}). Whether it is the strangers' daily token or the session's
 * own is the account feature's matter; the value is masked once per page and worked out
 * only when a form prints it.
 */
public final class FormToken {

	/** No token: only on requests Spring Security did not see. */
	public static final FormToken NONE = new FormToken(null);

	private final @Nullable CsrfToken token;

	private FormToken(@Nullable CsrfToken token) {
		this.token = token;
	}

	static FormToken of(HttpServletRequest request) {
		if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
			return new FormToken(token);
		}
		// Spring Security sets it under its parameter name too; some callers set only
		// that.
		return request.getAttribute("_csrf") instanceof CsrfToken token ? new FormToken(token) : NONE;
	}

	/** Whether there is a token to print. */
	public boolean present() {
		return token != null;
	}

	/** The form field's name ({@code _csrf}), or empty. */
	public String parameterName() {
		return token == null ? "" : token.getParameterName();
	}

	/** The value to print in the hidden field, or empty. */
	public String value() {
		return token == null ? "" : token.getToken();
	}

}
