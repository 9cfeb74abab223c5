package org.kiosque.web;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * A request an API under {@code /api/} cannot answer: thrown by any API controller,
 * answered by {@link ApiProblems} as an RFC 9457 problem
 * ({@code application/problem+json}). The title comes from the message
 * {@code api.problem.title.<status>}, the detail from {@code messageKey} filled with
 * {@code args}.
 */
public final class ApiProblem extends RuntimeException {

	private final HttpStatus status;

	private final @Nullable String parameter;

	private final String messageKey;

	private final Object[] args;

	/**
	 * @param status the answer's status (400 for a bad parameter, 404 for nothing there)
	 * @param parameter the query or path parameter at fault, added to the problem as
	 * {@code parameter}; {@code null} when no single one is
	 * @param messageKey the detail's message key
	 * @param args the detail's placeholders
	 */
	public ApiProblem(HttpStatus status, @Nullable String parameter, String messageKey, Object... args) {
		super(messageKey, null, false, false);
		this.status = status;
		this.parameter = parameter;
		this.messageKey = messageKey;
		this.args = args.clone();
	}

	public HttpStatus status() {
		return status;
	}

	public @Nullable String parameter() {
		return parameter;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return Arrays.copyOf(args, args.length);
	}

}
