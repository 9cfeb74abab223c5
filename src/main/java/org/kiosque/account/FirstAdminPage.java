package org.kiosque.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.FormProblems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /newsroom/setup}: on a fresh install, the form that creates the first admin with
 * a setup code from the server's log. A stranger asking for any newsroom page is sent
 * here while no admin exists; once one does, the page is a 404.
 */
@Controller
class FirstAdminPage {

	static final String PATH = "/newsroom/setup";

	private final FirstAdminSetup setup;

	private final AccountForms forms;

	private final PasswordPolicy policy;

	FirstAdminPage(FirstAdminSetup setup, AccountForms forms, PasswordPolicy policy) {
		this.setup = setup;
		this.forms = forms;
		this.policy = policy;
	}

	@GetMapping(PATH)
	String form(HttpServletRequest request, HttpServletResponse response, Model model) {
		if (!setup.open()) {
			return closed(request, response, model);
		}
		return page(model, request, "", "", FormProblems.Shown.none(), null);
	}

	@PostMapping(PATH)
	String create(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String password,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		FirstAdminSetup.Outcome outcome;
		try {
			outcome = setup.create(code, email, displayName, password, request.getRemoteAddr());
		}
		catch (AccountRefused refused) {
			response.setStatus(422);
			return page(model, request, email.strip(), displayName.strip(), FormProblems.Shown.none(),
					refused.getMessage());
		}
		return switch (outcome) {
			case FirstAdminSetup.Outcome.Closed closed -> closed(request, response, model);
			case FirstAdminSetup.Outcome.Throttled throttled -> {
				response.setStatus(429);
				response.setHeader("Retry-After", String.valueOf(Math.max(1, throttled.retryAfter().toSeconds())));
				yield page(model, request, email.strip(), displayName.strip(), FormProblems.Shown.none(),
						forms.label("account.setup.throttled"));
			}
			case FirstAdminSetup.Outcome.WrongCode wrong -> {
				response.setStatus(422);
				yield page(model, request, email.strip(), displayName.strip(), FormProblems.Shown.none(),
						forms.label("account.setup.wrong-code"));
			}
			case FirstAdminSetup.Outcome.Refused refused -> {
				response.setStatus(422);
				yield page(model, request, email.strip(), displayName.strip(),
						forms.shown(refused.problems(), policy.minLength()), null);
			}
			case FirstAdminSetup.Outcome.Created created -> forms.message(model, request, "account.setup-done",
					"/login", "account.sign-in", created.admin().email());
		};
	}

	/** The site has an admin: the page is no more (404), and says where to sign in. */
	private String closed(HttpServletRequest request, HttpServletResponse response, Model model) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		return forms.message(model, request, "account.setup-closed", "/login", "account.sign-in");
	}

	private String page(Model model, HttpServletRequest request, String email, String displayName,
			FormProblems.Shown problems, @Nullable String problem) {
		forms.page(model, request, "account.setup.title", null);
		model.addAttribute("email", email);
		model.addAttribute("displayName", displayName);
		model.addAttribute("problems", problems);
		model.addAttribute("problem",
				problem != null ? problem : problems.isEmpty() ? null : forms.label("account.form.problems"));
		model.addAttribute("rule", forms.label("account.password.rule", policy.minLength()));
		return "account/setup";
	}

}
