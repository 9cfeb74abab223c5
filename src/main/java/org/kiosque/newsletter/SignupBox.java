package org.kiosque.newsletter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import gg.jte.Content;

import org.kiosque.site.Labels;
import org.kiosque.web.PageContext;
import org.kiosque.web.PageSlot;
import org.kiosque.web.Slot;
import org.kiosque.web.Templates;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/** The {@code Inscription à la newsletter} box, on every page. */
@Component
class SignupBox implements PageSlot {

	private final Templates templates;

	private final Labels labels;

	SignupBox(Templates templates, Labels labels) {
		this.templates = templates;
		this.labels = labels;
	}

	@Override
	public Slot slot() {
		return Slot.ASIDE;
	}

	@Override
	public int order() {
		return 100;
	}

	/**
	 * Where the box is not shown: the newsletter's own pages (which are its form),
	 * sign-in and registration (one form at a time), the reader's newsletter settings and
	 * the newsroom.
	 */
	private static final List<PathPattern> ELSEWHERE = Stream
		.of("/newsletter/**", "/login/**", "/register/**", "/password/**", "/account/newsletter/**", "/newsroom/**")
		.map(PathPatternParser.defaultInstance::parse)
		.toList();

	@Override
	public Content render(PageContext context) {
		PathContainer path = PathContainer.parsePath(context.path());
		if (ELSEWHERE.stream().anyMatch(p -> p.matches(path))) {
			return Templates.EMPTY;
		}
		Map<String, Object> params = new HashMap<>();
		params.put("labels", labels);
		params.put("form", SignupForm.blank());
		// A stranger's token is the site's daily signed token (no cookie, no session: see
		// account/CsrfTokens), so the box keeps every page cacheable.
		params.put("csrf", context.csrf());
		return templates.content("newsletter/signup.jte", params);
	}

}
