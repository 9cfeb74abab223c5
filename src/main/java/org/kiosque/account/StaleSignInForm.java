package org.kiosque.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.kiosque.site.Labels;
import org.springframework.stereotype.Component;

/**
 * A sign-in posted from a form whose CSRF token no longer holds (a stranger's page left
 * open past the next day, a session ended meanwhile) gets the sign-in form again, with a
 * fresh token, the typed address kept and a word on what happened, instead of a bare
 * refusal a reader could not act on. Status 403: the post was refused, the password
 * neither checked nor counted against the address ({@link SignInThrottle}).
 * <p>
 * A post the browser said came from another site is refused before this, by
 * {@link FormOrigins}, with its own explanation.
 */
@Component
class StaleSignInForm implements ExpiredSessionPosts {

	private final SignInPage page;

	private final Labels labels;

	StaleSignInForm(SignInPage page, Labels labels) {
		this.page = page;
		this.labels = labels;
	}

	@Override
	public boolean keep(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (!"/login".equals(request.getServletPath())) {
			return false;
		}
		page.render(request, response, HttpServletResponse.SC_FORBIDDEN, SignInPage.typedAddress(request).strip(),
				labels.get("account.sign-in.stale"));
		return true;
	}

}
