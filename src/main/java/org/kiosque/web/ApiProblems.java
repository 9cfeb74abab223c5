package org.kiosque.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.kiosque.site.Labels;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The one answer every API under {@code /api/} gives to a request it cannot serve: an RFC
 * 9457 problem ({@code application/problem+json}) with {@code title}, {@code detail} and
 * {@code instance} (the path and query asked for), plus {@code parameter} when one
 * parameter is at fault. Never stored by caches: the next request may well succeed.
 * <p>
 * Title and detail are in the site's language ({@code kiosque.site.locale}), never
 * Spring's English reason phrase: the title is {@code api.problem.title.<status>}, or the
 * error page's {@code error.<status>.title} for a status without one of its own.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems {

	private final Labels labels;

	ApiProblems(Labels labels) {
		this.labels = labels;
	}

	@ExceptionHandler(ApiProblem.class)
	ResponseEntity<ProblemDetail> problem(ApiProblem problem, HttpServletRequest request) {
		ProblemDetail detail = ProblemDetail.forStatusAndDetail(problem.status(),
				labels.get(problem.messageKey(), problem.args()));
		detail.setTitle(title(labels, problem.status().value()));
		detail.setInstance(instanceOf(request));
		if (problem.parameter() != null) {
			detail.setProperty("parameter", problem.parameter());
		}
		return ResponseEntity.status(problem.status())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.cacheControl(CacheControl.noStore())
			.body(detail);
	}

	/** The problem's title for {@code status}, in the site's language. */
	static String title(Labels labels, int status) {
		String own = "api.problem.title." + status;
		return labels.get(labels.has(own) ? own : "error." + status + ".title");
	}

	/**
	 * The path and query as asked. A client may send characters a URI may not hold; then
	 * the instance keeps only the path's plain characters rather than echo them.
	 */
	static URI instanceOf(HttpServletRequest request) {
		String query = request.getQueryString();
		String asked = request.getRequestURI() + (query == null ? "" : "?" + query);
		try {
			return URI.create(asked);
		}
		catch (IllegalArgumentException notAUri) {
			return URI.create(request.getRequestURI().replaceAll("[^A-Za-z0-9/_.-]", ""));
		}
	}

}
