package org.kiosque.account;

import java.util.HashMap;
import java.util.Map;

import gg.jte.Content;

import org.kiosque.site.Labels;
import org.kiosque.web.PageContext;
import org.kiosque.web.PageSlot;
import org.kiosque.web.Slot;
import org.kiosque.web.Templates;
import org.springframework.stereotype.Component;

/**
 * The masthead's account corner: {@code Connectez-vous} for strangers (a plain link, so
 * the page stays the same for every stranger and may be cached), the reader's name and a
 * {@code Déconnexion} button for signed-in readers.
 */
@Component
class SignInLink implements PageSlot {

	private final Templates templates;

	private final Labels labels;

	private final CurrentReader current;

	private final NewsroomAccess access;

	SignInLink(Templates templates, Labels labels, CurrentReader current, NewsroomAccess access) {
		this.templates = templates;
		this.labels = labels;
		this.current = current;
		this.access = access;
	}

	@Override
	public Slot slot() {
		return Slot.MASTHEAD_ACCOUNT;
	}

	@Override
	public Content render(PageContext context) {
		Map<String, Object> params = new HashMap<>();
		params.put("labels", labels);
		params.put("name", null);
		params.put("staff", false);
		params.put("csrf", null);
		current.get().ifPresent(me -> {
			params.put("name", me.displayName());
			params.put("staff", access.worksInNewsroom());
			if (context.csrf().present()) {
				params.put("csrf", context.csrf());
			}
		});
		return templates.content("account/masthead.jte", params);
	}

}
