package org.kiosque.account;

import org.kiosque.site.EmailAddress;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Finds the account behind the e-mail typed in the sign-in form or stored in a
 * remember-me login.
 */
@Service
class ReaderDetails implements UserDetailsService {

	private final AccountRepository accounts;

	ReaderDetails(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return accounts.byEmail(EmailAddress.normalize(username))
			.map(stored -> new SignedInReader(stored.person(), stored.passwordHash()))
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

}
