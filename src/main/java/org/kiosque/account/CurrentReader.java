package org.kiosque.account;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/** Who is signed in on the current request, if anyone. */
@Service
public class CurrentReader {

	public Optional<ReaderIdentity> get() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || !(auth.getPrincipal() instanceof ReaderPrincipal principal)) {
			return Optional.empty();
		}
		return Optional.of(principal.identity());
	}

}
