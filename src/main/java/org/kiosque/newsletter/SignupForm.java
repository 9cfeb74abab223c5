package org.kiosque.newsletter;

import org.jspecify.annotations.Nullable;

/**
 * What the subscribe form shows: the typed address and what was wrong with it. Its CSRF
 * token is the page's, given by whoever prints the form.
 */
public record SignupForm(String email, @Nullable String error) {

	public static SignupForm blank() {
		return new SignupForm("", null);
	}
}
