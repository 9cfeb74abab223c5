package org.kiosque.account;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.stereotype.Service;

/**
 * Whether someone may open a page, answered by the site's declared access rules
 * ({@link AccessRules}) and nothing else. Whatever shows a staff-only link (the
 * masthead's newsroom link, the newsroom's menu) or treats staff apart (their own reads
 * not counted, moderators' comments trusted, the moderators' digest) asks here, so that
 * what a page shows and what the server lets through never disagree.
 */
@Service
public class NewsroomAccess {

	/** The newsroom's home: whoever may open it is staff. */
	public static final String HOME = "/newsroom";

	/**
	 * Taken lazily: the evaluator is built from the security filter chain, whose sign-in
	 * page is drawn with the masthead that asks this service.
	 */
	private final ObjectProvider<WebInvocationPrivilegeEvaluator> evaluator;

	NewsroomAccess(ObjectProvider<WebInvocationPrivilegeEvaluator> evaluator) {
		this.evaluator = evaluator;
	}

	/**
	 * Whether the person signed in on the current request may open the staff page
	 * {@code path}. Always false for a stranger: this service answers for staff pages.
	 */
	public boolean mayOpen(String path) {
		return mayOpen(path, SecurityContextHolder.getContext().getAuthentication());
	}

	/** Whether the person signed in on the current request is staff. */
	public boolean worksInNewsroom() {
		return mayOpen(HOME);
	}

	/**
	 * Whether anyone with {@code role} may open {@code path}: for decisions about people
	 * who are not the one on the current request.
	 */
	public boolean mayOpen(Role role, String path) {
		return mayOpen(path, UsernamePasswordAuthenticationToken.authenticated(role.name(), null,
				SignedInReader.authoritiesOf(role)));
	}

	boolean mayOpen(String path, @Nullable Authentication authentication) {
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			// Strangers: the common case on public pages, answered without the rules.
			return false;
		}
		return evaluator.getObject().isAllowed(path, authentication);
	}

}
