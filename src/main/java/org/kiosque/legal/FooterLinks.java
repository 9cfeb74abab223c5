package org.kiosque.legal;

import java.util.Map;

import gg.jte.Content;

import org.kiosque.site.Labels;
import org.kiosque.web.PageContext;
import org.kiosque.web.PageSlot;
import org.kiosque.web.Slot;
import org.kiosque.web.Templates;
import org.springframework.stereotype.Component;

/**
 * The legal and service pages in every page's footer ({@link Slot#FOOTER_LINKS}): one
 * {@code
 *
<li>} each, in {@link ServicePage}'s order.
 */
@Component
class FooterLinks implements PageSlot {

	private final Templates templates;

	private final Labels labels;

	FooterLinks(Templates templates, Labels labels) {
		this.templates = templates;
		this.labels = labels;
	}

	@Override
	public Slot slot() {
		return Slot.FOOTER_LINKS;
	}

	@Override
	public Content render(PageContext context) {
		return templates.content("legal/footer-links.jte", Map.of("labels", labels));
	}

}
