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
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Every error a reader can meet, in the site's own style: a real 404 page, a page for
 * forbidden, too many requests and failures; RFC 9457 problem bodies for the APIs.
 */
@Controller
class ErrorPages implements ErrorController {

	private final PageLayout layout;

	private final Labels labels;

	private final FormerAddresses formerAddresses;

	ErrorPages(PageLayout layout, Labels labels, FormerAddresses formerAddresses) {
		this.layout = layout;
		this.labels = labels;
		this.formerAddresses = formerAddresses;
	}

	@RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(HttpServletRequest request, Model model, jakarta.servlet.http.HttpServletResponse response) {
		HttpStatus status = status(request);
		String moved = formerAddress(request, status);
		if (moved != null) {
			RedirectView redirect = new RedirectView(moved, true);
			redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			redirect.setExposeModelAttributes(false);
			redirect.setExpandUriTemplateVariables(false);
			return new ModelAndView(redirect);
		}
		response.setStatus(status.value());
		String key = "error." + status.value();
		String title = labels.get(key + ".title");
		model.addAttribute("frame", layout.frame(request, PageMeta.of(title, null, null)));
		model.addAttribute("status", status.value());
		model.addAttribute("heading", title);
		String explanation = ErrorExplanation.of(request);
		model.addAttribute("explanation", explanation != null ? explanation : labels.get(key + ".text"));
		return new ModelAndView("web/error");
	}

	/**
	 * The same error for an API client: an RFC 9457 problem whose title and detail are
	 * the error page's heading and text, in the site's language (not Spring's English
	 * reason phrase, {@code "title":"Not Found"}).
	 */
	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = status(request);
		String moved = formerAddress(request, status);
		if (moved != null) {
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
				.header(org.springframework.http.HttpHeaders.LOCATION, moved)
				.build();
		}
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

	/**
	 * Where a 404's address moved when the newspaper moved in from another site
	 * ({@link FormerAddresses}); {@code null} for any other error, or an address that
	 * never was the old site's. Read here only, so that no served page pays for it.
	 */
	private @org.jspecify.annotations.Nullable String formerAddress(HttpServletRequest request, HttpStatus status) {
		if (status != HttpStatus.NOT_FOUND
				|| !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
			return null;
		}
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (path == null) {
			return null;
		}
		Object query = request.getAttribute(ERROR_QUERY_STRING);
		return formerAddresses.moved(path.toString(), query == null ? null : query.toString()).orElse(null);
	}

	/** The query of the request that failed (Servlet 6.1; Tomcat sets it). */
	private static final String ERROR_QUERY_STRING = "jakarta.servlet.error.query_string";

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
