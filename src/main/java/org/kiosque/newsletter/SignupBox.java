package org.kiosque.newsletter;

import java.util.HashMap;
import java.util.Map;

import gg.jte.Content;

import org.kiosque.web.Labels;
import org.kiosque.web.PageContext;
import org.kiosque.web.PageSlot;
import org.kiosque.web.Slot;
import org.kiosque.web.Templates;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/** The {@code Inscription à la newsletter} box, on every page. */
@Component
class SignupBox implements PageSlot {

	private final Templates templates;
	private final Labels labels;

	SignupBox(Templates templates, Labels labels) {
		this.templates = templates;
		this.labels = labels;
	}

	@Override
	public Slot slot() {
		return Slot.ASIDE;
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public Content render(PageContext context) {
		Map<String, Object> params = new HashMap<>();
		params.put("labels", labels);
		params.put("form", SignupForm.blank(sessionCsrf(context.request())));
		return templates.content("newsletter/signup.jte", params);
	}

	static @org.jspecify.annotations.Nullable CsrfToken csrf(jakarta.servlet.http.HttpServletRequest request) {
		return request.getAttribute("_csrf") instanceof CsrfToken token ? token : null;
	}

	/**
	 * The CSRF token only for a visitor who already has a session (a signed-in reader).
	 * Asking for a token creates a session, and the box is on every page: that would mean a
	 * database write and a Set-Cookie on every anonymous article view, which the hot path
	 * and the CDN must not have. The public newsletter forms need no token (see
	 * {@code docs/readme/newsletter.md}: double opt-in, or an unguessable link).
	 */
	static @org.jspecify.annotations.Nullable CsrfToken sessionCsrf(jakarta.servlet.http.HttpServletRequest request) {
		return request.getSession(false) != null ? csrf(request) : null;
	}
}
