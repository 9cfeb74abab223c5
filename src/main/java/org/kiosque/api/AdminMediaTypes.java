package org.kiosque.api;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * 415 on the publishing API, naming what the route reads: the problem's detail and
 * {@code accepted}, and RFC 9110's {@code Accept-Post} or RFC 5789's
 * {@code Accept-Patch}. Spring refuses a content type while it chooses the controller,
 * before any is chosen, so {@link AdminProblems} (which hears the API's controllers only)
 * never sees it: this advice hears it on every path, answers it under {@code /api/admin/}
 * and lets the site answer the others as before (an exception handler that rethrows
 * leaves it unhandled).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminMediaTypes {

	private final AdminProblems problems;

	AdminMediaTypes(AdminProblems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> unsupported(HttpMediaTypeNotSupportedException e, HttpServletRequest request)
			throws HttpMediaTypeNotSupportedException {
		if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/admin/")) {
			throw e;
		}
		List<String> accepted = e.getSupportedMediaTypes()
			.stream()
			.map(type -> type.getType() + "/" + type.getSubtype())
			.distinct()
			.toList();
		String names = String.join(", ", accepted);
		ResponseEntity<ProblemDetail> answer = problems
			.problem(new AdminProblem(415, "api.admin.problem.media-type", names).with("accepted", accepted), request);
		HttpHeaders headers = new HttpHeaders();
		headers.putAll(answer.getHeaders());
		if (!accepted.isEmpty() && ("POST".equals(request.getMethod()) || "PATCH".equals(request.getMethod()))) {
			headers.set("PATCH".equals(request.getMethod()) ? "Accept-Patch" : "Accept-Post", names);
		}
		return ResponseEntity.status(answer.getStatusCode()).headers(headers).body(answer.getBody());
	}

}
