package org.kiosque.web;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;

/**
 * What a slot may know of the page it is printed on.
 *
 * @param request the current request (reader's session, form errors)
 * @param articleId the article the page shows, if it shows one
 * @param path the page's path, for links that return to it
 * @param csrf the token the slot's forms carry, the page's own
 * @param view true when the page is being viewed (a {@code GET} that no slot claims as
 * the answer to its form); false when it is shown again as the answer to a form (a
 * refused form, a Post/Redirect/Get landing), which is no new read of it
 */
public record PageContext(HttpServletRequest request, @Nullable Long articleId, String path, FormToken csrf,
		boolean view) {
}
