package org.kiosque.account;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.kiosque.web.Labels;
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

	Map<String, String> sentences(Map<String, String> problemKeys, Object... args) {
		Map<String, String> sentences = new LinkedHashMap<>();
		problemKeys.forEach((field, key) -> sentences.put(field, labels.get(key, args)));
		return sentences;
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
