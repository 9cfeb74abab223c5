package org.kiosque.legal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.kiosque.account.CurrentReader;
import org.kiosque.account.ReaderIdentity;
import org.kiosque.site.FormProblems;
import org.kiosque.site.Labels;
import org.kiosque.web.NewsroomLink;
import org.kiosque.web.PageLayout;
import org.kiosque.web.PageMeta;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /newsroom/pages} (admins, by the access rules): the four legal and service
 * pages, each edited in Markdown at {@code /newsroom/pages/{slug}}. A text refused
 * (empty, too long) comes back with why, 422, as typed.
 */
@Controller
class ServicePageDesk {

	static final String PATH = "/newsroom/pages";

	private final ServicePages pages;

	private final CurrentReader current;

	private final PageLayout layout;

	private final Labels labels;

	ServicePageDesk(ServicePages pages, CurrentReader current, PageLayout layout, Labels labels) {
		this.pages = pages;
		this.current = current;
		this.layout = layout;
		this.labels = labels;
	}

	@GetMapping({ PATH, PATH + "/" })
	String list(HttpServletRequest request, Model model) {
		model.addAttribute("frame", layout.frame(request, PageMeta.of(labels.get("legal.desk.title"), null, null)));
		model.addAttribute("pages", ServicePage.values());
		model.addAttribute("saved",
				java.util.Arrays.stream(ServicePage.values())
					.filter(p -> pages.text(p).saved())
					.collect(java.util.stream.Collectors.toSet()));
		return "legal/desk";
	}

	@GetMapping(PATH + "/{slug}")
	String edit(@PathVariable String slug, @RequestParam(required = false) @Nullable String done,
			HttpServletRequest request, Model model) {
		ServicePage page = page(slug);
		return editor(page, pages.text(page).markdown(), done == null ? null : labels.get("legal.saved"),
				FormProblems.Shown.none(), request, model);
	}

	@PostMapping(PATH + "/{slug}")
	String save(@PathVariable String slug, @RequestParam(defaultValue = "") String markdown, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		ServicePage page = page(slug);
		Long by = current.get().map(ReaderIdentity::id).orElse(null);
		FormProblems problems = pages.save(page, markdown, by);
		if (!problems.isEmpty()) {
			response.setStatus(422);
			return editor(page, markdown, null, problems.shown(key -> labels.get(key)), request, model);
		}
		return "redirect:" + PATH + "/" + page.slug() + "?done";
	}

	@Bean
	static NewsroomLink servicePagesLink() {
		return new NewsroomLink("legal.menu", PATH, 890);
	}

	private String editor(ServicePage page, String markdown, @Nullable String notice, FormProblems.Shown problems,
			HttpServletRequest request, Model model) {
		String title = labels.get("legal.desk.edit", labels.get(page.titleKey()));
		model.addAttribute("frame", layout.frame(request, PageMeta.of(title, null, null)));
		model.addAttribute("title", title);
		model.addAttribute("page", page);
		model.addAttribute("markdown", markdown);
		model.addAttribute("notice", notice);
		model.addAttribute("problems", problems);
		return "legal/edit";
	}

	private static ServicePage page(String slug) {
		return ServicePage.of(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
