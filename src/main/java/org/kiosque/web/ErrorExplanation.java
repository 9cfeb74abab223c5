package org.kiosque.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

/**
 * A refusal that says why: the error page (or the API's problem body) shows this
 * explanation instead of the status's general text, so a reader refused for a precise
 * reason reads that reason.
 */
public final class ErrorExplanation {

	static final String ATTRIBUTE = ErrorExplanation.class.getName();

	private ErrorExplanation() {
	}

	/**
	 * Answers {@code status} through the site's error page, with {@code explanation}
	 * (already in the reader's language) as its text.
	 */
	public static void send(HttpServletRequest request, HttpServletResponse response, int status, String explanation)
			throws IOException {
		request.setAttribute(ATTRIBUTE, explanation);
		response.sendError(status);
	}

	static @Nullable String of(HttpServletRequest request) {
		return request.getAttribute(ATTRIBUTE) instanceof String explanation ? explanation : null;
	}

}
