package org.kiosque.account;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.Labels;
import org.kiosque.site.NewspaperDates;
import org.kiosque.web.PageLayout;
import org.kiosque.web.PageMeta;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /newsroom/people} (admins only, by the security rules): the staff and when each
 * last signed in, finding anyone by address, inviting a colleague, changing a role,
 * disabling or enabling an account.
 */
@Controller
class PeopleAdmin {

	private final People people;

	private final CurrentReader current;

	private final PageLayout layout;

	private final Labels labels;

	private final NewspaperDates dates;

	private final Invitations invitations;

	PeopleAdmin(People people, CurrentReader current, PageLayout layout, Labels labels, NewspaperDates dates,
			Invitations invitations) {
		this.invitations = invitations;
		this.people = people;
		this.current = current;
		this.layout = layout;
		this.labels = labels;
		this.dates = dates;
	}

	@GetMapping({ "/newsroom/people", "/newsroom/people/" })
	String list(@RequestParam(required = false) @Nullable String email,
			@RequestParam(required = false) @Nullable String done, HttpServletRequest request, Model model) {
		String notice = done == null ? null
				: labels.get("invited".equals(done) ? "newsroom.people.invited" : "newsroom.people.saved");
		return page(model, request, email, notice, null);
	}

	/**
	 * Mails an invitation. The answer is the same whether the address has an account or
	 * not; only an invalid address or role is refused (422).
	 */
	@PostMapping("/newsroom/people/invitations")
	String invite(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String role,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		ReaderIdentity me = current.get().orElseThrow();
		var problems = invitations.invite(email, role, me.displayName(), me.id());
		if (!problems.isEmpty()) {
			response.setStatus(422);
			String problem = problems.shown(key -> labels.get(key)).sentences().values().iterator().next();
			model.addAttribute("inviteEmail", email.strip());
			return page(model, request, null, null, problem);
		}
		return "redirect:/newsroom/people?done=invited";
	}

	@PostMapping("/newsroom/people/{id}/role")
	String changeRole(@PathVariable long id, @RequestParam String role, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		try {
			people.changeRole(id, Role.valueOf(role));
		}
		catch (AccountRefused | IllegalArgumentException e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, request, null, null,
					e instanceof AccountRefused ? e.getMessage() : labels.get("newsroom.people.bad-role"));
		}
		return "redirect:/newsroom/people?done";
	}

	@PostMapping("/newsroom/people/{id}/enabled")
	String changeEnabled(@PathVariable long id, @RequestParam boolean enabled, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		try {
			people.changeEnabled(id, enabled);
		}
		catch (AccountRefused e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, request, null, null, e.getMessage());
		}
		return "redirect:/newsroom/people?done";
	}

	private String page(Model model, HttpServletRequest request, @Nullable String email, @Nullable String notice,
			@Nullable String problem) {
		long me = current.get().map(r -> r.id()).orElse(-1L);
		List<Person> shown = people.staff();
		String searched = email == null ? "" : email.strip();
		String searchProblem = null;
		if (!searched.isEmpty()) {
			var found = people.find(searched);
			if (found.isPresent()) {
				shown = List.of(found.get());
			}
			else {
				searchProblem = labels.get("newsroom.people.not-found", searched);
			}
		}
		model.addAttribute("frame",
				layout.frame(request, PageMeta.of(labels.get("newsroom.people.title"), null, null)));
		model.addAttribute("people", shown);
		model.addAttribute("me", me);
		model.addAttribute("dates", dates);
		model.addAttribute("searched", searched);
		model.addAttribute("notice", notice);
		model.addAttribute("problem", problem != null ? problem : searchProblem);
		model.addAttribute("invitations", invitations.pending());
		if (!model.containsAttribute("inviteEmail")) {
			model.addAttribute("inviteEmail", "");
		}
		return "account/people";
	}

}
