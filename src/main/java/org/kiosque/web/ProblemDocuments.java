package org.kiosque.web;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.kiosque.site.Labels;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem documents ({@code application/problem+json}) for the publishing API
 * ({@code /api/admin/**}), in the site's language, the same shape {@link ApiProblems}
 * gives the content API: {@code type}, {@code title}, {@code status}, {@code detail},
 * {@code instance}, plus named extensions ({@code errors}, {@code revision}…). For the
 * API's controllers and for the filters in front of them (token, rate and size checks),
 * which answer before any controller.
 * <p>
 * The title is {@code api.admin.title.<status>} when there is one, else the content API's
 * ({@code api.problem.title.<status>}, then {@code error.<status>.title}).
 */
@Component
public class ProblemDocuments {

	private final Labels labels;

	private final JsonMapper json;

	ProblemDocuments(Labels labels, JsonMapper json) {
		this.labels = labels;
		this.json = json;
	}

	/**
	 * The problem for {@code status}, its detail the message {@code detailKey} filled
	 * with {@code args}, its instance the path and query asked for.
	 */
	public ProblemDetail of(HttpServletRequest request, int status, String detailKey, Object... args) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(title(status));
		problem.setDetail(labels.get(detailKey, args));
		problem.setInstance(ApiProblems.instanceOf(request));
		return problem;
	}

	/** The title of a problem with {@code status}, in the site's language. */
	public String title(int status) {
		String own = "api.admin.title." + status;
		return labels.has(own) ? labels.get(own) : ApiProblems.title(labels, status);
	}

	/**
	 * Writes {@code problem} as the whole answer, never stored by caches, for filters
	 * that answer before any controller.
	 */
	public void send(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.setHeader("Cache-Control", "no-store");
		json.writeValue(response.getOutputStream(), asMap(problem));
	}

	/** The problem's members, in the order RFC 9457 lists them, extensions after. */
	private static Map<String, Object> asMap(ProblemDetail problem) {
		Map<String, Object> members = new java.util.LinkedHashMap<>();
		URI type = problem.getType();
		members.put("type", type == null ? "about:blank" : type.toString());
		members.put("title", problem.getTitle());
		members.put("status", problem.getStatus());
		members.put("detail", problem.getDetail());
		if (problem.getInstance() != null) {
			members.put("instance", problem.getInstance().toString());
		}
		if (problem.getProperties() != null) {
			members.putAll(problem.getProperties());
		}
		return members;
	}

}
