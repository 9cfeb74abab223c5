package org.kiosque.api;

import java.beans.PropertyEditorSupport;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import org.kiosque.site.Labels;
import org.kiosque.web.ProblemDocuments;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;

/**
 * The publishing API's answers to what it cannot do: every refusal an RFC 9457 problem
 * ({@code application/problem+json}) in the site's language, never stored by caches,
 * Spring's own refusals (a path id that is no number, a body that is no JSON) included; a
 * content type a route does not read is refused before any controller is chosen, so
 * {@link AdminMediaTypes} answers it.
 */
@RestControllerAdvice(basePackageClasses = AdminProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminProblems {

	private final ProblemDocuments problems;

	private final Labels labels;

	AdminProblems(ProblemDocuments problems, Labels labels) {
		this.problems = problems;
		this.labels = labels;
	}

	/** 422: the fields at fault, each with the message key of what is wrong. */
	static AdminProblem invalid(Map<String, String> messageKeys) {
		return new AdminProblem(422, "api.admin.problem.invalid").withErrors(messageKeys);
	}

	@ExceptionHandler(AdminProblem.class)
	ResponseEntity<ProblemDetail> problem(AdminProblem problem, HttpServletRequest request) {
		ProblemDetail detail = problems.of(request, problem.status(),
				problem.detail() != null ? "api.admin.problem.told" : problem.detailKey(),
				problem.detail() != null ? new Object[] { problem.detail() } : problem.args());
		problem.properties().forEach(detail::setProperty);
		if (!problem.errors().isEmpty()) {
			Map<String, String> sentences = new LinkedHashMap<>();
			problem.errors().forEach((field, key) -> sentences.put(field, labels.get(key)));
			detail.setProperty("errors", sentences);
		}
		var answer = ResponseEntity.status(problem.status());
		Object revision = problem.properties().get("revision");
		if (revision != null) {
			// The article's current revision, as its ETag, to retry from.
			answer.eTag(String.valueOf(revision));
		}
		return answer.contentType(MediaType.APPLICATION_PROBLEM_JSON).cacheControl(CacheControl.noStore()).body(detail);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> notANumber(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
		return problem(new AdminProblem(400, "api.admin.problem.parameter", e.getName()).with("parameter", e.getName()),
				request);
	}

	/**
	 * Path ids and numbers are digits only, on every route: Spring's own conversion would
	 * take {@code 1 234} for 1234 (it drops white space) and {@code 0x10} for 16, where
	 * {@code 1\u202F234} or {@code 12a} are refused; here all of them are a 400.
	 */
	@InitBinder
	void digitsOnly(WebDataBinder binder) {
		binder.registerCustomEditor(long.class, new Digits(Long::valueOf));
		binder.registerCustomEditor(Long.class, new Digits(Long::valueOf));
		binder.registerCustomEditor(int.class, new Digits(Integer::valueOf));
		binder.registerCustomEditor(Integer.class, new Digits(Integer::valueOf));
	}

	/** A number written with ASCII digits only, 1 to 18 of them. */
	private static final class Digits extends PropertyEditorSupport {

		private final Function<String, Number> parse;

		Digits(Function<String, Number> parse) {
			this.parse = parse;
		}

		@Override
		public void setAsText(String text) {
			if (!text.matches("[0-9]{1,18}")) {
				throw new IllegalArgumentException("not a number of digits only");
			}
			// NumberFormatException (an IllegalArgumentException) past the type's range.
			setValue(parse.apply(text));
		}

	}

	/**
	 * 400 for a body that is not JSON, saying where the parser stopped (RFC 8259) when it
	 * knows, in the site's language: the parser's own English sentence is not shown.
	 */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
		Throwable cause = e;
		while (cause != null) {
			if (cause instanceof BodyLimit.TooLarge) {
				return problem(new AdminProblem(413, "api.admin.problem.too-large", BodyLimit.kilobytes(cause)),
						request);
			}
			if (cause instanceof JacksonException json && json.getLocation() != null
					&& json.getLocation().getLineNr() > 0) {
				int line = json.getLocation().getLineNr();
				int column = json.getLocation().getColumnNr();
				return problem(new AdminProblem(400, "api.admin.problem.json-at", line, column).with("line", line)
					.with("column", column), request);
			}
			cause = cause.getCause();
		}
		return problem(new AdminProblem(400, "api.admin.problem.json"), request);
	}

	@ExceptionHandler(MissingRequestHeaderException.class)
	ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
		return problem(new AdminProblem(400, "api.admin.problem.header", e.getHeaderName()), request);
	}

}
