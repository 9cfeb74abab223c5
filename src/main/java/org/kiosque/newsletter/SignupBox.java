package org.kiosque.newsletter;

import java.util.Map;

import gg.jte.Content;

import org.kiosque.web.Labels;
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
		return templates.content("newsletter/signup.jte", Map.of("labels", labels));
	}
}
