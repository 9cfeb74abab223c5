package org.kiosque.account;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.kiosque.site.Labels;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.UrlUtils;

/**
 * What follows a sign-in: back where the reader was (staff to the newsroom), or the form
 * again.
 */
final class SignInOutcomes {

	private SignInOutcomes() {
	}

	static final class Succeeded extends SavedRequestAwareAuthenticationSuccessHandler {

		private final SignInThrottle throttle;

		private final NewsroomAccess access;

		private final People people;

		private final RequestCache requests = new HttpSessionRequestCache();

		Succeeded(SignInThrottle throttle, NewsroomAccess access, People people) {
			this.throttle = throttle;
			this.people = people;
			this.access = access;
			setDefaultTargetUrl("/");
			setRedirectStrategy(new SameHostRedirects());
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws ServletException, IOException {
			throttle.cleared(authentication.getName());
			people.signedIn(authentication.getName());
			if (requests.getRequest(request, response) == null && access.mayOpen(NewsroomAccess.HOME, authentication)) {
				getRedirectStrategy().sendRedirect(request, response, NewsroomAccess.HOME);
				return;
			}
			super.onAuthenticationSuccess(request, response, authentication);
		}

	}

	/**
	 * The page asked before sign-in was saved with the scheme and host the request named
	 * ({@code Host} is the client's to choose); only its path and query are sent back.
	 */
	static final class SameHostRedirects extends DefaultRedirectStrategy {

		@Override
		protected String calculateRedirectUrl(String contextPath, String url) {
			if (UrlUtils.isAbsoluteUrl(url)) {
				URI uri = URI.create(url);
				String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
				return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
			}
			return super.calculateRedirectUrl(contextPath, url);
		}

	}

	static final class Failed implements AuthenticationFailureHandler {

		private final SignInThrottle throttle;

		private final SignInPage page;

		private final Labels labels;

		Failed(SignInThrottle throttle, SignInPage page, Labels labels) {
			this.throttle = throttle;
			this.page = page;
			this.labels = labels;
		}

		@Override
		public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException {
			String email = SignInPage.typedAddress(request);
			String problem;
			if (exception instanceof SignInChecks.Unconfirmed) {
				problem = labels.get("account.sign-in.unconfirmed");
			}
			else if (exception instanceof DisabledException) {
				problem = labels.get("account.sign-in.disabled");
			}
			else {
				throttle.failed(email, request.getRemoteAddr());
				problem = labels.get("account.sign-in.failed");
			}
			page.render(request, response, HttpServletResponse.SC_UNAUTHORIZED, email.strip(), problem);
		}

	}

}
