package org.kiosque.legal;

import jakarta.servlet.http.HttpServletRequest;

import org.kiosque.site.Labels;
import org.kiosque.web.PageLayout;
import org.kiosque.web.PageMeta;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The legal and service pages as the public reads them, at their French addresses. */
@Controller
class ServicePageViews {

	private final ServicePages pages;

	private final PageLayout layout;

	private final Labels labels;

	ServicePageViews(ServicePages pages, PageLayout layout, Labels labels) {
		this.pages = pages;
		this.layout = layout;
		this.labels = labels;
	}

	@GetMapping(ServicePage.MAPPING)
	String page(@PathVariable String page, HttpServletRequest request, Model model) {
		ServicePage shown = ServicePage.of(page).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String title = labels.get(shown.titleKey());
		model.addAttribute("frame", layout.frame(request, PageMeta.of(title, null, shown.path())));
		model.addAttribute("title", title);
		model.addAttribute("html", pages.text(shown).html());
		return "legal/page";
	}

}
