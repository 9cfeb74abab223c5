package org.kiosque.account;

import org.kiosque.site.EmailAddress;
import org.kiosque.site.FormProblems;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.MailLimits;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /account}: a signed-in reader's own page: address, password, closing the
 * account.
 */
@Controller
class ReaderAccountPage {

	private final ReaderAccounts readers;

	private final AccountForms forms;

	private final CurrentReader current;

	private final PasswordPolicy policy;

	private final NewsroomAccess access;

	private final MailLimits limits;

	ReaderAccountPage(ReaderAccounts readers, AccountForms forms, CurrentReader current, PasswordPolicy policy,
			NewsroomAccess access, MailLimits limits) {
		this.limits = limits;
		this.readers = readers;
		this.forms = forms;
		this.current = current;
		this.policy = policy;
		this.access = access;
	}

	@GetMapping("/account")
	String account(@RequestParam(required = false) @Nullable String done, HttpServletRequest request, Model model) {
		String notice = "password".equals(done) ? forms.label("account.password.changed") : null;
		return page(model, request, notice, "", FormProblems.Shown.none());
	}

	@PostMapping("/account/email")
	String changeEmail(@RequestParam(defaultValue = "") String newEmail,
			@RequestParam(defaultValue = "") String password, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		String wanted = EmailAddress.normalize(newEmail);
		boolean mayMail = !(EmailAddress.parse(wanted) instanceof EmailAddress.Valid)
				|| limits.mayMail(wanted, request.getRemoteAddr());
		FormProblems problems = readers.requestEmailChange(me().id(), newEmail, password, mayMail);
		if (!problems.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, request, null, newEmail.strip(), forms.shown(problems, policy.minLength()));
		}
		return page(model, request, forms.label("account.email.sent", EmailAddress.normalize(newEmail)), "",
				FormProblems.Shown.none());
	}

	@PostMapping("/account/password")
	String changePassword(@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		HttpSession session = request.getSession();
		FormProblems problems = readers.changePassword(me().id(), currentPassword, newPassword, session.getId());
		if (!problems.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, request, null, "", forms.shown(problems, policy.minLength()));
		}
		return "redirect:/account?done=password";
	}

	@PostMapping("/account/delete")
	String close(@RequestParam(defaultValue = "") String password, HttpServletRequest request,
			HttpServletResponse response, Model model) throws ServletException {
		FormProblems problems = readers.close(me().id(), password);
		if (!problems.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, request, null, "", forms.shown(problems));
		}
		request.logout();
		return forms.message(model, request, "account.closed", "/", "account.home");
	}

	/**
	 * The link mailed to a new address: outside {@code /account}, it works in any
	 * browser.
	 */
	@GetMapping("/email/confirm")
	String confirmEmail(@RequestParam(defaultValue = "") String token, HttpServletRequest request,
			HttpServletResponse response, Model model) throws ServletException {
		var changed = readers.confirmEmailChange(token);
		if (changed.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return forms.message(model, request, "account.bad-link", "/account", "account.title");
		}
		if (current.get().filter(me -> me.id() == changed.get().id()).isPresent()) {
			request.logout();
		}
		return forms.message(model, request, "account.email.changed", "/login", "account.sign-in",
				changed.get().email());
	}

	private String page(Model model, HttpServletRequest request, @Nullable String notice, String newEmail,
			FormProblems.Shown problems) {
		ReaderIdentity me = me();
		Person person = readers.person(me.id()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		forms.page(model, request, "account.title", null);
		model.addAttribute("name", person.displayName());
		model.addAttribute("email", person.email());
		model.addAttribute("role", forms.label("account.role." + person.role().name()));
		model.addAttribute("staff", access.worksInNewsroom());
		model.addAttribute("notice", notice);
		model.addAttribute("newEmail", newEmail);
		model.addAttribute("problems", problems);
		model.addAttribute("rule", forms.label("account.password.rule", policy.minLength()));
		return "account/account";
	}

	private ReaderIdentity me() {
		return current.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
	}

}
