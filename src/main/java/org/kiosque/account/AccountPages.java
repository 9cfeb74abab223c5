package org.kiosque.account;

import org.kiosque.site.EmailAddress;
import org.kiosque.site.FormProblems;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.MailLimits;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages a stranger uses to become a signed-in reader: sign in, register, confirm the
 * address, reset a forgotten password.
 */
@Controller
class AccountPages {

	private final ReaderAccounts readers;

	private final AccountForms forms;

	private final SignInPage signIn;

	private final CurrentReader current;

	private final PasswordPolicy policy;

	private final MailLimits limits;

	private final AccountSettings settings;

	AccountPages(ReaderAccounts readers, AccountForms forms, SignInPage signIn, CurrentReader current,
			PasswordPolicy policy, MailLimits limits, AccountSettings settings) {
		this.limits = limits;
		this.settings = settings;
		this.readers = readers;
		this.forms = forms;
		this.signIn = signIn;
		this.current = current;
		this.policy = policy;
	}

	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		if (current.get().isPresent()) {
			return "redirect:/account";
		}
		model.addAllAttributes(signIn.model(request, "", null, null));
		return "account/login";
	}

	@GetMapping("/register")
	String registration(HttpServletRequest request, Model model) {
		return registrationForm(model, request, "", "", FormProblems.Shown.none());
	}

	@PostMapping("/register")
	String register(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String displayName,
			@RequestParam(defaultValue = "") String password, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		FormProblems problems = readers.problems(email, displayName, password);
		if (!problems.isEmpty()) {
			// Values at fault, as on every form: 422 (a 400 is for a request that cannot
			// be read).
			response.setStatus(422);
			return registrationForm(model, request, email.strip(), displayName.strip(),
					forms.shown(problems, policy.minLength()));
		}
		// Each registration hashes a password: one client may not keep the CPU busy.
		String source = request.getRemoteAddr();
		if (!limits.fromSource("register", source, limits.settings().registrationsPerSource())) {
			response.setStatus(429);
			response.setHeader("Retry-After", String.valueOf(limits.settings().sourceWindow().toSeconds()));
			return forms.message(model, request, "account.register-limited", null, null);
		}
		readers.register(email, displayName, password, limits.mayMail(EmailAddress.normalize(email), source));
		return forms.message(model, request, "account.registered", null, null, EmailAddress.normalize(email),
				settings.verificationValidity().toHours());
	}

	@GetMapping("/register/confirm")
	String confirm(@RequestParam(defaultValue = "") String token, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (readers.confirm(token).isEmpty()) {
			return badLink(request, response, model);
		}
		return forms.message(model, request, "account.confirmed", "/login", "account.sign-in");
	}

	@GetMapping("/password/forgot")
	String forgot(HttpServletRequest request, Model model) {
		forms.page(model, request, "account.forgot.title", "/password/forgot");
		model.addAttribute("email", "");
		model.addAttribute("problem", null);
		return "account/forgot";
	}

	@PostMapping("/password/forgot")
	String requestReset(@RequestParam(defaultValue = "") String email, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (!(EmailAddress.parse(email) instanceof EmailAddress.Valid)) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			forms.page(model, request, "account.forgot.title", "/password/forgot");
			model.addAttribute("email", email.strip());
			model.addAttribute("problem", forms.label("account.email.invalid"));
			return "account/forgot";
		}
		// Over a limit, nothing is asked and the answer is the same: the address learns
		// nothing, its owner gets no flood.
		if (limits.mayMail(EmailAddress.normalize(email), request.getRemoteAddr())) {
			readers.requestReset(email);
		}
		return forms.message(model, request, "account.reset-sent", null, null, EmailAddress.normalize(email));
	}

	@GetMapping("/password/reset")
	String resetForm(@RequestParam(defaultValue = "") String token, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (!readers.resetUsable(token)) {
			return badLink(request, response, model);
		}
		return resetPage(model, request, token, null);
	}

	@PostMapping("/password/reset")
	String reset(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		FormProblems problems = readers.reset(token, password);
		if (problems == null) {
			return badLink(request, response, model);
		}
		if (!problems.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return resetPage(model, request, token, forms.shown(problems, policy.minLength()).get("password"));
		}
		return forms.message(model, request, "account.reset-done", "/login", "account.sign-in");
	}

	private String registrationForm(Model model, HttpServletRequest request, String email, String displayName,
			FormProblems.Shown problems) {
		forms.page(model, request, "account.register.title", "/register");
		model.addAttribute("email", email);
		model.addAttribute("displayName", displayName);
		model.addAttribute("problems", problems);
		model.addAttribute("rule", forms.label("account.password.rule", policy.minLength()));
		return "account/register";
	}

	private String resetPage(Model model, HttpServletRequest request, String token, @Nullable String problem) {
		forms.page(model, request, "account.reset.title", null);
		model.addAttribute("token", token);
		model.addAttribute("problem", problem);
		model.addAttribute("rule", forms.label("account.password.rule", policy.minLength()));
		return "account/reset";
	}

	private String badLink(HttpServletRequest request, HttpServletResponse response, Model model) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return forms.message(model, request, "account.bad-link", "/password/forgot", "account.forgot.title");
	}

}
