package org.kiosque.account;

import gg.jte.Content;
import org.kiosque.web.FormToken;

/**
 * A part of the author profile's page that another feature adds and answers (the
 * portrait, by the author feature), so that accounts need not know pictures: it is
 * printed under the biography's form, in the order of {@link #order()}. Its forms post to
 * addresses under the profile's own ({@code /newsroom/profile/…} or
 * {@code /newsroom/people/{id}/profile/…}), which the same access rules guard.
 */
public interface ProfilePart {

	/** Lower comes first. */
	default int order() {
		return 0;
	}

	/**
	 * What to print for the staff member {@code accountId}.
	 * @param profilePath the profile page's address, which the part's forms post under
	 * @param csrf the page's form token, for the part's forms
	 */
	Content render(long accountId, String profilePath, FormToken csrf);

}
