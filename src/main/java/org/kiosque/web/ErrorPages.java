package org.kiosque.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.kiosque.site.Labels;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error a reader can meet, in the site's own style: a real 404 page, a page for
 * forbidden, too many requests and failures; RFC 9457 problem bodies for the APIs.
 */
@Controller
class ErrorPages implements ErrorController {

	private final PageLayout layout;

	private final Labels labels;

	ErrorPages(PageLayout layout, Labels labels) {
		this.layout = layout;
		this.labels = labels;
	}

	@RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
	String page(HttpServletRequest request, Model model, jakarta.servlet.http.HttpServletResponse response) {
		HttpStatus status = status(request);
		response.setStatus(status.value());
		String key = "error." + status.value();
		String title = labels.get(key + ".title");
		model.addAttribute("frame", layout.frame(request, PageMeta.of(title, null, null)));
		model.addAttribute("status", status.value());
		model.addAttribute("heading", title);
		String explanation = ErrorExplanation.of(request);
		model.addAttribute("explanation", explanation != null ? explanation : labels.get(key + ".text"));
		return "web/error";
	}

	/**
	 * The same error for an API client: an RFC 9457 problem whose title and detail are
	 * the error page's heading and text, in the site's language (not Spring's English
	 * reason phrase, {@code "title":"Not Found"}).
	 */
	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = status(request);
		String explanation = ErrorExplanation.of(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				explanation != null ? explanation : labels.get("error." + status.value() + ".text"));
		problem.setTitle(labels.get("error." + status.value() + ".title"));
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (path != null) {
			problem.setInstance(java.net.URI.create(path.toString()));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer c ? HttpStatus.resolve(c) : null;
		if (status == null || !KNOWN.containsKey(status.value())) {
			return status != null && status.is4xxClientError() ? HttpStatus.BAD_REQUEST
					: HttpStatus.INTERNAL_SERVER_ERROR;
		}
		return status;
	}

	private static final Map<Integer, Boolean> KNOWN = Map.of(400, true, 403, true, 404, true, 405, true, 409, true,
			410, true, 413, true, 415, true, 429, true, 500, true);

}
