package org.kiosque.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.kiosque.site.FormProblems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /invitation?token=…}: the link of an invitation mail, where the invited
 * colleague chooses a name and a password. A link that was used, has expired or never
 * existed gets the same 400 page.
 */
@Controller
class InvitationPages {

	static final String PATH = "/invitation";

	private final Invitations invitations;

	private final AccountForms forms;

	private final PasswordPolicy policy;

	InvitationPages(Invitations invitations, AccountForms forms, PasswordPolicy policy) {
		this.invitations = invitations;
		this.forms = forms;
		this.policy = policy;
	}

	@GetMapping(PATH)
	String form(@RequestParam(defaultValue = "") String token, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		var offer = invitations.offer(token);
		if (offer.isEmpty()) {
			return badLink(request, response, model);
		}
		return page(model, request, token, offer.get(), "", FormProblems.Shown.none());
	}

	@PostMapping(PATH)
	String accept(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String displayName,
			@RequestParam(defaultValue = "") String password, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		var offer = invitations.offer(token);
		FormProblems problems = offer.isEmpty() ? null : invitations.accept(token, displayName, password);
		if (offer.isEmpty() || problems == null) {
			return badLink(request, response, model);
		}
		if (!problems.isEmpty()) {
			response.setStatus(422);
			return page(model, request, token, offer.get(), displayName.strip(),
					forms.shown(problems, policy.minLength()));
		}
		return forms.message(model, request, "account.invitation-done", "/login", "account.sign-in",
				offer.get().email());
	}

	private String page(Model model, HttpServletRequest request, String token, Invitations.Offer offer,
			String displayName, FormProblems.Shown problems) {
		forms.page(model, request, "account.invitation.title", null);
		model.addAttribute("token", token);
		model.addAttribute("intro", forms.label("account.invitation.intro", offer.email(),
				forms.label("account.role." + offer.role().name())));
		model.addAttribute("displayName", displayName);
		model.addAttribute("problems", problems);
		model.addAttribute("rule", forms.label("account.password.rule", policy.minLength()));
		return "account/invitation";
	}

	private String badLink(HttpServletRequest request, HttpServletResponse response, Model model) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return forms.message(model, request, "account.invitation-bad", null, null);
	}

}
