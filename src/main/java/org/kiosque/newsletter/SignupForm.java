package org.kiosque.newsletter;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;

/** What the subscribe form shows: the typed address and what was wrong with it. */
public record SignupForm(String email, @Nullable String error, @Nullable CsrfToken csrf) {

	public static SignupForm blank(@Nullable CsrfToken csrf) {
		return new SignupForm("", null, csrf);
	}
}
