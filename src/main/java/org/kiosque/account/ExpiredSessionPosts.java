package org.kiosque.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A feature that keeps what a refused post carried, so that no text is lost when a
 * session ends mid-edit: a session's CSRF token dies with it, so the post of a form
 * opened before is refused before it reaches any controller. The security configuration
 * offers each such refusal (a POST failing its CSRF check) to these beans; authorization
 * stays declared in {@link AccessRules} alone: a keeper writes nothing the person may not
 * write, it keeps the text until they sign in again.
 */
public interface ExpiredSessionPosts {

	/**
	 * Keeps the post and answers it (say, a redirect to sign in and back), or leaves it.
	 * @return true when the response was written; false to let the 403 stand
	 */
	boolean keep(HttpServletRequest request, HttpServletResponse response) throws IOException;

}
