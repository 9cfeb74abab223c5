package org.kiosque.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ReadListener;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

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

	/**
	 * Answers {@code status} through the site's error page as {@link #send} does, for a
	 * refusal made before the request's body was read (an upload past the limit, told by
	 * its {@code Content-Length}): the page is made from a view of the request without
	 * its body, method ({@code GET}) or parameters, because reading any of them would
	 * start the very upload the refusal spares (and Tomcat's error dispatch, after
	 * {@code sendError}, reads them: the page came back empty). The connection is closed
	 * after the answer, its unread body with it.
	 * @throws ServletException from the error page
	 */
	public static void sendUnread(HttpServletRequest request, HttpServletResponse response, int status,
			String explanation) throws IOException, ServletException {
		request.setAttribute(ATTRIBUTE, explanation);
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		response.setStatus(status);
		response.setHeader("Connection", "close");
		request.getRequestDispatcher("/error").forward(new Unread(request), response);
	}

	static @Nullable String of(HttpServletRequest request) {
		return request.getAttribute(ATTRIBUTE) instanceof String explanation ? explanation : null;
	}

	/** The request without its body: a {@code GET} with no content and no parameters. */
	private static final class Unread extends HttpServletRequestWrapper {

		Unread(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public @Nullable String getContentType() {
			return null;
		}

		@Override
		public int getContentLength() {
			return 0;
		}

		@Override
		public long getContentLengthLong() {
			return 0;
		}

		@Override
		public @Nullable String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String @Nullable [] getParameterValues(String name) {
			return null;
		}

		@Override
		public Collection<Part> getParts() {
			return List.of();
		}

		@Override
		public @Nullable Part getPart(String name) {
			return null;
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new StringReader(""));
		}

		@Override
		public ServletInputStream getInputStream() {
			return new ServletInputStream() {

				@Override
				public int read() {
					return -1;
				}

				@Override
				public boolean isFinished() {
					return true;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new IllegalStateException("not an asynchronous request");
				}

			};
		}

	}

}
