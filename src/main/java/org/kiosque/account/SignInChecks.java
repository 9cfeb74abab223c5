package org.kiosque.account;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;

/**
 * Account checks made only once the password proved right, so that a wrong password says
 * nothing about whether the account exists, is confirmed or disabled.
 */
final class SignInChecks implements UserDetailsChecker {

	/** The password was right but the address was never confirmed. */
	static final class Unconfirmed extends AccountStatusException {

		Unconfirmed() {
			super("Address not confirmed");
		}

	}

	@Override
	public void check(UserDetails user) {
		if (!user.isEnabled()) {
			throw new DisabledException("Account disabled");
		}
		if (user instanceof SignedInReader reader && !reader.verified()) {
			throw new Unconfirmed();
		}
	}

}
