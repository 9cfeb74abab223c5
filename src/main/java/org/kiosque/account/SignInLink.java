package org.kiosque.account;

import java.util.Map;

import gg.jte.Content;

import org.kiosque.web.Labels;
import org.kiosque.web.PageContext;
import org.kiosque.web.PageSlot;
import org.kiosque.web.Slot;
import org.kiosque.web.Templates;
import org.springframework.stereotype.Component;

/** The masthead's {@code Connectez-vous} link. */
@Component
class SignInLink implements PageSlot {

	private final Templates templates;
	private final Labels labels;

	SignInLink(Templates templates, Labels labels) {
		this.templates = templates;
		this.labels = labels;
	}

	@Override
	public Slot slot() {
		return Slot.MASTHEAD_ACCOUNT;
	}

	@Override
	public Content render(PageContext context) {
		return templates.content("account/masthead.jte", Map.of("labels", labels));
	}
}
