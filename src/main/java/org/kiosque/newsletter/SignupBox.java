package org.kiosque.newsletter;

import java.util.HashMap;
import java.util.Map;

import gg.jte.Content;

import org.kiosque.site.Labels;
import org.kiosque.web.PageContext;
import org.kiosque.web.PageSlot;
import org.kiosque.web.Slot;
import org.kiosque.web.Templates;
import org.springframework.stereotype.Component;

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

	@Override
	public Content render(PageContext context) {
		Map<String, Object> params = new HashMap<>();
		params.put("labels", labels);
		params.put("form", SignupForm.blank());
		// A stranger's token is the site's daily signed token (no cookie, no session: see
		// account/CsrfTokens), so the box keeps every page cacheable.
		params.put("csrf", context.csrf());
		return templates.content("newsletter/signup.jte", params);
	}

}
