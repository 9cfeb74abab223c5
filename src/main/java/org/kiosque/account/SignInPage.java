package org.kiosque.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import gg.jte.output.StringOutput;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.Labels;
import org.kiosque.web.PageLayout;
import org.kiosque.web.PageMeta;
import org.kiosque.web.Templates;
import org.springframework.stereotype.Component;

/**
 * The sign-in page, shown by its controller and again, with the problem, by the security
 * filters when a sign-in fails or is throttled: no redirect, so no session for strangers,
 * and the typed address stays in the form.
 */
@Component
class SignInPage {

	private final PageLayout layout;

	private final Labels labels;

	private final Templates templates;

	SignInPage(PageLayout layout, Labels labels, Templates templates) {
		this.layout = layout;
		this.labels = labels;
		this.templates = templates;
	}

	Map<String, Object> model(HttpServletRequest request, String email, @Nullable String problem,
			@Nullable String notice) {
		Map<String, Object> model = new HashMap<>();
		model.put("frame", layout.frame(request, PageMeta.of(labels.get("account.sign-in.title"), null, "/login")));
		model.put("email", email);
		model.put("problem", problem);
		model.put("notice", notice);
		return model;
	}

	/**
	 * The address typed in a posted sign-in form (its {@code username} field), as typed;
	 * empty when there is none.
	 */
	static String typedAddress(HttpServletRequest request) {
		String typed = request.getParameter("username");
		return typed == null ? "" : typed;
	}

	void render(HttpServletRequest request, HttpServletResponse response, int status, String email, String problem)
			throws IOException {
		StringOutput out = new StringOutput();
		templates.content("account/login.jte", model(request, email, problem, null)).writeTo(out);
		response.setStatus(status);
		response.setContentType("text/html;charset=UTF-8");
		response.setHeader("Cache-Control", "no-store");
		byte[] body = out.toString().getBytes(StandardCharsets.UTF_8);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

}
