package org.kiosque.newsletter;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.EmailAddress;
import org.kiosque.site.FormProblems;

/**
 * What the subscribe form shows: the typed address and what was wrong with it. Its CSRF
 * token is the page's, given by whoever prints the form.
 *
 * @param problems by field; the form has one, {@code email}
 */
public record SignupForm(String email, FormProblems.Shown problems) {

	public static SignupForm blank() {
		return new SignupForm("", FormProblems.Shown.none());
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
