package org.kiosque.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.Comparator;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.FormProblems;
import org.kiosque.site.Labels;
import org.kiosque.web.Frame;
import org.kiosque.web.PageLayout;
import org.kiosque.web.PageMeta;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A staff member's author profile (the biography on their author page, and the parts
 * other features add: the portrait, {@link ProfilePart}): their own at
 * {@code /newsroom/profile} (every staff role), anyone's at
 * {@code /newsroom/people/{id}/profile} (admins, by the access rules for
 * {@code /newsroom/people/**}).
 */
@Controller
class ProfilePages {

	static final String OWN = "/newsroom/profile";

	private final Profiles profiles;

	private final CurrentReader current;

	private final PageLayout layout;

	private final Labels labels;

	private final ObjectProvider<ProfilePart> parts;

	ProfilePages(Profiles profiles, CurrentReader current, PageLayout layout, Labels labels,
			ObjectProvider<ProfilePart> parts) {
		this.parts = parts;
		this.profiles = profiles;
		this.current = current;
		this.layout = layout;
		this.labels = labels;
	}

	@GetMapping(OWN)
	String own(@RequestParam(required = false) @Nullable String done, HttpServletRequest request, Model model) {
		return form(me(), OWN, done, null, FormProblems.Shown.none(), request, model);
	}

	@PostMapping(OWN)
	String saveOwn(@RequestParam(defaultValue = "") String biography, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		return save(me(), OWN, biography, request, response, model);
	}

	@GetMapping("/newsroom/people/{id}/profile")
	String anyone(@PathVariable long id, @RequestParam(required = false) @Nullable String done,
			HttpServletRequest request, Model model) {
		return form(staff(id), "/newsroom/people/" + id + "/profile", done, null, FormProblems.Shown.none(), request,
				model);
	}

	@PostMapping("/newsroom/people/{id}/profile")
	String saveAnyone(@PathVariable long id, @RequestParam(defaultValue = "") String biography,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		return save(staff(id), "/newsroom/people/" + id + "/profile", biography, request, response, model);
	}

	/** One's own profile in the newsroom menu, for every staff member. */
	@org.springframework.context.annotation.Bean
	static org.kiosque.web.NewsroomLink profileLink() {
		return new org.kiosque.web.NewsroomLink("author.profile.menu", OWN, 880);
	}

	private String save(Profile profile, String path, String biography, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		FormProblems problems = profiles.describe(profile.id(), biography);
		if (!problems.isEmpty()) {
			response.setStatus(422);
			return form(profile, path, null, biography, problems.shown(key -> labels.get(key, Profiles.MAX_BIOGRAPHY)),
					request, model);
		}
		return "redirect:" + path + "?done";
	}

	private String form(Profile profile, String path, @Nullable String done, @Nullable String typed,
			FormProblems.Shown problems, HttpServletRequest request, Model model) {
		String title = labels.get("author.profile.title", profile.displayName());
		Frame frame = layout.frame(request, PageMeta.of(title, null, null));
		model.addAttribute("frame", frame);
		model.addAttribute("parts",
				parts.orderedStream()
					.sorted(Comparator.comparingInt(ProfilePart::order))
					.map(part -> part.render(profile.id(), path, frame.csrf()))
					.toList());
		model.addAttribute("title", title);
		model.addAttribute("path", path);
		model.addAttribute("biography", typed != null ? typed : profiles.biography(profile.id()));
		model.addAttribute("notice", done == null ? null : labels.get("author.profile.saved"));
		model.addAttribute("problems", problems);
		return "account/profile";
	}

	private Profile me() {
		// The access rules let only signed-in staff this far.
		long id = current.get().orElseThrow().id();
		return profiles.author(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
	}

	private Profile staff(long id) {
		return profiles.author(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
