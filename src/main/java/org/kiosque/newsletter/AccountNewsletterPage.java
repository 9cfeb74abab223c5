package org.kiosque.newsletter;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.kiosque.site.EmailAddress;
import org.kiosque.account.CurrentReader;
import org.kiosque.account.ReaderIdentity;
import org.kiosque.site.Labels;
import org.kiosque.web.PageLayout;
import org.kiosque.web.PageMeta;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The reader's own newsletter setting, on their account: subscribing there still goes
 * through the confirmation mail (the account's address may never have been proven);
 * leaving is immediate.
 */
@Controller
class AccountNewsletterPage {

	static final String PATH = "/account/newsletter";

	private final Subscriptions subscriptions;

	private final CurrentReader currentReader;

	private final PageLayout layout;

	private final Labels labels;

	AccountNewsletterPage(Subscriptions subscriptions, CurrentReader currentReader, PageLayout layout, Labels labels) {
		this.subscriptions = subscriptions;
		this.currentReader = currentReader;
		this.layout = layout;
		this.labels = labels;
	}

	@GetMapping(PATH)
	String page(@RequestParam(required = false) String done, HttpServletRequest request, Model model) {
		ReaderIdentity reader = reader();
		Optional<Subscriber> subscriber = subscriptions.forAddress(reader.email());
		String state = subscriber.map(s -> s.status().name().toLowerCase(java.util.Locale.ROOT)).orElse("none");
		model.addAttribute("frame",
				layout.frame(request, PageMeta.of(labels.get("newsletter.account.title"), null, null)));
		model.addAttribute("labels", labels);
		model.addAttribute("email", reader.email());
		model.addAttribute("subscribed", subscriber.filter(s -> s.status() == SubscriberStatus.CONFIRMED).isPresent());
		model.addAttribute("status", labels.get("newsletter.account.status." + state));
		model.addAttribute("notice",
				done == null ? "" : labels.get("newsletter.account.done." + ("left".equals(done) ? "left" : "asked")));
		return "newsletter/account";
	}

	@PostMapping(PATH + "/subscribe")
	String subscribe() {
		ReaderIdentity reader = reader();
		EmailAddress.valid(reader.email())
			.map(EmailAddress::value)
			.ifPresent(email -> subscriptions.subscribe(email, reader.id(), true));
		return "redirect:" + PATH + "?done=asked";
	}

	@PostMapping(PATH + "/unsubscribe")
	String unsubscribe() {
		subscriptions.leave(reader().email());
		return "redirect:" + PATH + "?done=left";
	}

	private ReaderIdentity reader() {
		return currentReader.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
	}

}
