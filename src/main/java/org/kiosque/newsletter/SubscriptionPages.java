package org.kiosque.newsletter;

import java.time.Duration;
import java.util.Optional;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.kiosque.site.EmailAddress;
import org.kiosque.site.FormProblems;
import org.kiosque.account.CurrentReader;
import org.kiosque.account.ReaderIdentity;
import org.kiosque.site.MailLimits;
import org.kiosque.site.Labels;
import org.kiosque.web.PageLayout;
import org.kiosque.web.PageMeta;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public side: the subscribe form's target, the confirmation link and the unsubscribe
 * link (a GET shows one button; a POST, as RFC 8058 mail clients send it, unsubscribes at
 * once with no sign-in and no CSRF token).
 */
@Controller
class SubscriptionPages {

	private final Subscriptions subscriptions;

	private final MailLimits limits;

	private final NewsletterSettings settings;

	private final PageLayout layout;

	private final Labels labels;

	private final CurrentReader currentReader;

	SubscriptionPages(Subscriptions subscriptions, MailLimits limits, NewsletterSettings settings, PageLayout layout,
			Labels labels, CurrentReader currentReader) {
		this.subscriptions = subscriptions;
		this.limits = limits;
		this.settings = settings;
		this.layout = layout;
		this.labels = labels;
		this.currentReader = currentReader;
	}

	@GetMapping("/newsletter")
	String form(HttpServletRequest request, Model model) {
		return subscribePage(request, model, SignupForm.blank());
	}

	@PostMapping("/newsletter/subscribe")
	String subscribe(@RequestParam(defaultValue = "") String email, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		// Counted in the database, so the allowance is the same however many nodes serve.
		String source = request.getRemoteAddr();
		if (settings.signupsPerHour() > 0
				&& !limits.fromSource("newsletter", source, settings.signupsPerHour(), Duration.ofHours(1))) {
			response.setStatus(429);
			return notice(request, model, "newsletter.limited.title", "newsletter.limited.text");
		}
		EmailAddress.Parsed typed = EmailAddress.parse(email);
		if (!(typed instanceof EmailAddress.Valid(EmailAddress address))) {
			// An address at fault, as any form's invalid value: 422.
			response.setStatus(422);
			FormProblems.Shown problems = SignupForm.problems(typed).shown(labels::get);
			return subscribePage(request, model, new SignupForm(email, problems));
		}
		Long readerId = currentReader.get()
			.filter(reader -> reader.email().equalsIgnoreCase(address.value()))
			.map(ReaderIdentity::id)
			.orElse(null);
		// Past the address's share of mail, the same answer and no mail: rotating source
		// addresses no longer floods one inbox.
		subscriptions.subscribe(address.value(), readerId, limits.mayMail(address.value(), source));
		return "redirect:/newsletter/merci";
	}

	@GetMapping("/newsletter/merci")
	String thanks(HttpServletRequest request, Model model) {
		return notice(request, model, "newsletter.thanks.title", "newsletter.thanks.text");
	}

	@GetMapping("/newsletter/confirm/{token}")
	String confirmPage(@PathVariable String token, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		if (!subscriptions.confirmationValid(token)) {
			response.setStatus(410);
			return notice(request, model, "newsletter.confirm.invalid.title", "newsletter.confirm.invalid.text");
		}
		model.addAttribute("frame",
				layout.frame(request, PageMeta.of(labels.get("newsletter.confirm.title"), null, null)));
		model.addAttribute("labels", labels);
		model.addAttribute("action", "/newsletter/confirm/" + token);
		return "newsletter/confirm";
	}

	@PostMapping("/newsletter/confirm/{token}")
	String confirm(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
		if (!subscriptions.confirm(token)) {
			response.setStatus(410);
			return notice(request, model, "newsletter.confirm.invalid.title", "newsletter.confirm.invalid.text");
		}
		return notice(request, model, "newsletter.confirmed.title", "newsletter.confirmed.text");
	}

	@GetMapping("/newsletter/unsubscribe/{token}")
	String unsubscribePage(@PathVariable String token, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		if (subscriptions.byUnsubscribeToken(token).isEmpty()) {
			response.setStatus(404);
			return notice(request, model, "newsletter.unsubscribe.unknown.title",
					"newsletter.unsubscribe.unknown.text");
		}
		model.addAttribute("frame",
				layout.frame(request, PageMeta.of(labels.get("newsletter.unsubscribe.title"), null, null)));
		model.addAttribute("labels", labels);
		model.addAttribute("action", "/newsletter/unsubscribe/" + token);
		return "newsletter/unsubscribe";
	}

	@PostMapping("/newsletter/unsubscribe/{token}")
	String unsubscribe(@PathVariable String token, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		if (!subscriptions.unsubscribe(token)) {
			response.setStatus(404);
			return notice(request, model, "newsletter.unsubscribe.unknown.title",
					"newsletter.unsubscribe.unknown.text");
		}
		return notice(request, model, "newsletter.unsubscribed.title", "newsletter.unsubscribed.text");
	}

	private String subscribePage(HttpServletRequest request, Model model, SignupForm form) {
		model.addAttribute("frame", layout.frame(request,
				PageMeta.of(labels.get("newsletter.signup"), labels.get("newsletter.signup.pitch"), "/newsletter")));
		model.addAttribute("labels", labels);
		model.addAttribute("form", form);
		return "newsletter/subscribe";
	}

	private String notice(HttpServletRequest request, Model model, String titleKey, String textKey) {
		model.addAttribute("frame", layout.frame(request, PageMeta.of(labels.get(titleKey), null, null)));
		model.addAttribute("title", labels.get(titleKey));
		model.addAttribute("text", labels.get(textKey));
		return "newsletter/notice";
	}

}
