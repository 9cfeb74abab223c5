package org.kiosque.account;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.Labels;
import org.kiosque.site.FormProblems;
import org.kiosque.web.PageLayout;
import org.kiosque.web.PageMeta;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every account page's template gets: the frame (with the page's CSRF token),
 * problems as sentences.
 */
@Component
class AccountForms {

	private final PageLayout layout;

	private final Labels labels;

	AccountForms(PageLayout layout, Labels labels) {
		this.layout = layout;
		this.labels = labels;
	}

	Model page(Model model, HttpServletRequest request, String titleKey, @Nullable String canonicalPath) {
		model.addAttribute("frame", layout.frame(request, PageMeta.of(labels.get(titleKey), null, canonicalPath)));
		return model;
	}

	/** The problems as sentences; {@code args} fill every message's placeholders. */
	FormProblems.Shown shown(FormProblems problems, Object... args) {
		return problems.shown(key -> labels.get(key, args));
	}

	/**
	 * A page with one message: "check your mail", "address confirmed", "link expired"...
	 */
	String message(Model model, HttpServletRequest request, String key, @Nullable String linkUrl,
			@Nullable String linkKey, Object... args) {
		page(model, request, key + ".title", null);
		model.addAttribute("heading", labels.get(key + ".title"));
		model.addAttribute("text", labels.get(key + ".text", args));
		model.addAttribute("linkUrl", linkUrl);
		model.addAttribute("linkLabel", linkKey == null ? null : labels.get(linkKey));
		return "account/message";
	}

	String label(String key, Object... args) {
		return labels.get(key, args);
	}

}
