package org.kiosque.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.CleanText;
import org.kiosque.site.Labels;
import org.kiosque.web.NewsroomLink;
import org.kiosque.web.PageLayout;
import org.kiosque.web.PageMeta;
import org.kiosque.web.PageNumber;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

/**
 * {@code /newsroom/sections} and {@code /newsroom/tags} (editors and admins, by the
 * access rules): the sections in the navigation's order, to create, rename, describe,
 * move and hide; the tags, to create, rename, describe and merge. Each change is a form
 * posted and redirected back (Post/Redirect/Get); a refused one shows the page again with
 * why, 422 (409 when the address is another's).
 */
@Controller
class SectionTagDesk {

	static final String SECTIONS = "/newsroom/sections";

	static final String TAGS = "/newsroom/tags";

	private final Sections sections;

	private final Tags tags;

	private final PageLayout layout;

	private final Labels labels;

	SectionTagDesk(Sections sections, Tags tags, PageLayout layout, Labels labels) {
		this.sections = sections;
		this.tags = tags;
		this.layout = layout;
		this.labels = labels;
	}

	@GetMapping({ SECTIONS, SECTIONS + "/" })
	String sections(@RequestParam(required = false) @Nullable String done, HttpServletRequest request, Model model) {
		return sectionsPage(request, model, done == null ? null : labels.get("sections.saved"), null);
	}

	@PostMapping(SECTIONS)
	String createSection(@RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) @Nullable String description, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		try {
			sections.create(name, description);
		}
		catch (SectionTagRefused refused) {
			return sectionsPage(request, model, null, refusal(refused, response));
		}
		return "redirect:" + SECTIONS + "?done";
	}

	@PostMapping(SECTIONS + "/{id}")
	String editSection(@PathVariable long id, @RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) @Nullable String description, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		try {
			sections.edit(id, name, description);
		}
		catch (SectionTagRefused refused) {
			return sectionsPage(request, model, null, refusal(refused, response));
		}
		return "redirect:" + SECTIONS + "?done";
	}

	@PostMapping(SECTIONS + "/{id}/hidden")
	String hideSection(@PathVariable long id, @RequestParam boolean hidden) {
		sections.hide(id, hidden);
		return "redirect:" + SECTIONS + "?done";
	}

	/** Moves a section in the navigation: {@code up} or {@code down}. */
	@PostMapping(SECTIONS + "/{id}/move")
	String moveSection(@PathVariable long id, @RequestParam String direction) {
		int by = switch (direction) {
			case "up" -> -1;
			case "down" -> 1;
			default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		};
		sections.move(id, by);
		return "redirect:" + SECTIONS + "?done";
	}

	@GetMapping({ TAGS, TAGS + "/" })
	String tags(@RequestParam(required = false) @Nullable String done, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) @Nullable String page, HttpServletRequest request, Model model) {
		int number = PageNumber.parse(page, Integer.MAX_VALUE)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return tagsPage(request, model, done == null ? null : labels.get("tags.saved"), null, q, number);
	}

	@PostMapping(TAGS)
	String createTag(@RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) @Nullable String description, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		try {
			tags.create(name, description);
		}
		catch (SectionTagRefused refused) {
			return tagsPage(request, model, null, refusal(refused, response), "", 1);
		}
		return "redirect:" + TAGS + "?done";
	}

	@PostMapping(TAGS + "/{id}")
	String editTag(@PathVariable long id, @RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) @Nullable String description, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		try {
			tags.edit(id, name, description);
		}
		catch (SectionTagRefused refused) {
			return tagsPage(request, model, null, refusal(refused, response), "", 1);
		}
		return "redirect:" + TAGS + "?done";
	}

	/** Merges tag {@code id} into the tag named (or addressed) {@code into}. */
	@PostMapping(TAGS + "/{id}/merge")
	String mergeTag(@PathVariable long id, @RequestParam(defaultValue = "") String into, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		try {
			tags.merge(id, into);
		}
		catch (SectionTagRefused refused) {
			return tagsPage(request, model, null, refusal(refused, response), "", 1);
		}
		return "redirect:" + TAGS + "?done";
	}

	/** A section or tag that is not (or no longer) there: the 404 page. */
	@ExceptionHandler(NoSuchElementException.class)
	void missing(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	@Bean
	static NewsroomLink sectionsLink() {
		return new NewsroomLink("sections.menu", SECTIONS, 50);
	}

	@Bean
	static NewsroomLink tagsLink() {
		return new NewsroomLink("tags.menu", TAGS, 51);
	}

	private String refusal(SectionTagRefused refused, HttpServletResponse response) {
		response.setStatus(refused.conflict() ? HttpStatus.CONFLICT.value() : 422);
		return String.join(" ", refused.problems().shown(labels::get).sentences().values());
	}

	private String sectionsPage(HttpServletRequest request, Model model, @Nullable String notice,
			@Nullable String problem) {
		List<SectionEntry> all = sections.all();
		model.addAttribute("frame", layout.frame(request, PageMeta.of(labels.get("sections.title"), null, null)));
		model.addAttribute("sections", all);
		model.addAttribute("notice", notice);
		model.addAttribute("problem", problem);
		return "article/sections-desk";
	}

	private String tagsPage(HttpServletRequest request, Model model, @Nullable String notice, @Nullable String problem,
			String search, int page) {
		String q = CleanText.line(search).strip();
		Tags.Found found = tags.find(q, page);
		String base = TAGS + "?"
				+ (q.isEmpty() ? "" : "q=" + UriUtils.encodeQueryParam(q, StandardCharsets.UTF_8) + "&") + "page=";
		model.addAttribute("frame", layout.frame(request, PageMeta.of(labels.get("tags.title"), null, null)));
		model.addAttribute("tags", found.tags());
		model.addAttribute("search", q);
		model.addAttribute("previousUrl", page > 1 ? base + (page - 1) : null);
		model.addAttribute("nextUrl", found.hasNext() ? base + (page + 1) : null);
		model.addAttribute("notice", notice);
		model.addAttribute("problem", problem);
		return "article/tags-desk";
	}

}
