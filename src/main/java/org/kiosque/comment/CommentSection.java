package org.kiosque.comment;

import java.util.Map;

import gg.jte.Content;

import org.kiosque.web.Labels;
import org.kiosque.web.PageContext;
import org.kiosque.web.PageSlot;
import org.kiosque.web.Slot;
import org.kiosque.web.Templates;
import org.springframework.stereotype.Component;

/** The conversation under an article: {@code Nouveau commentaire}. */
@Component
class CommentSection implements PageSlot {

	private final Templates templates;
	private final Labels labels;

	CommentSection(Templates templates, Labels labels) {
		this.templates = templates;
		this.labels = labels;
	}

	@Override
	public Slot slot() {
		return Slot.ARTICLE_COMMENTS;
	}

	@Override
	public Content render(PageContext context) {
		return templates.content("comment/section.jte", Map.of("labels", labels));
	}
}
