package org.kiosque.newsletter;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.EmailAddress;
import org.kiosque.site.FormProblems;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What the subscribe form shows: the typed address and what was wrong with it.
 *
 * @param problems by field; the form has one, {@code email}
 */
public record SignupForm(String email, FormProblems.Shown problems, @Nullable CsrfToken csrf) {

	public static SignupForm blank(@Nullable CsrfToken csrf) {
		return new SignupForm("", FormProblems.Shown.none(), csrf);
	}

	/** The sentence about the address, or {@code null} when there is none. */
	public @Nullable String error() {
		return problems.get("email");
	}

	/** The form's rule: an address is required, and must be one. */
	static FormProblems problems(EmailAddress.Parsed typed) {
		return switch (typed) {
			case EmailAddress.Blank blank -> FormProblems.of("email", "newsletter.error.empty");
			case EmailAddress.Invalid invalid -> FormProblems.of("email", "newsletter.error.invalid");
			case EmailAddress.Valid valid -> new FormProblems();
		};
	}

}
