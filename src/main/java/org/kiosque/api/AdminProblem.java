package org.kiosque.api;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A request the publishing API cannot answer as asked: thrown by its controllers,
 * answered by {@link AdminProblems} as an RFC 9457 problem in the site's language.
 */
final class AdminProblem extends RuntimeException {

	private final int status;

	private final String detailKey;

	private final Object[] args;

	private final @Nullable String detail;

	private final Map<String, Object> properties = new LinkedHashMap<>();

	private final Map<String, String> errors = new LinkedHashMap<>();

	/**
	 * @param status the answer's status
	 * @param detailKey the detail's message key
	 * @param args the detail's placeholders
	 */
	AdminProblem(int status, String detailKey, Object... args) {
		this(status, detailKey, null, args);
	}

	private AdminProblem(int status, String detailKey, @Nullable String detail, Object... args) {
		super(detailKey, null, false, false);
		this.status = status;
		this.detailKey = detailKey;
		this.detail = detail;
		this.args = args.clone();
	}

	/** A problem whose detail is already a sentence in the site's language. */
	static AdminProblem told(int status, String detail) {
		return new AdminProblem(status, "", detail);
	}

	/** Adds an extension member ({@code errors}, {@code revision}…). */
	AdminProblem with(String name, Object value) {
		properties.put(name, value);
		return this;
	}

	/**
	 * Adds the fields at fault, each with the message key of what is wrong with it:
	 * answered as {@code errors}, field name to sentence.
	 */
	AdminProblem withErrors(Map<String, String> messageKeys) {
		errors.putAll(messageKeys);
		return this;
	}

	Map<String, String> errors() {
		return new LinkedHashMap<>(errors);
	}

	int status() {
		return status;
	}

	String detailKey() {
		return detailKey;
	}

	@Nullable String detail() {
		return detail;
	}

	Object[] args() {
		return Arrays.copyOf(args, args.length);
	}

	Map<String, Object> properties() {
		return new LinkedHashMap<>(properties);
	}

}
