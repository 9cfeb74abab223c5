package org.kiosque.webhooks;

import java.util.Arrays;
import java.util.List;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /newsroom/webhooks} (admins, by the access rules): the hooks, a form to register
 * one (an address refused comes back with why, 422), and each hook's page at
 * {@code /newsroom/webhooks/{id}} with its attempts; its secret is shown once when it is
 * made and then on demand ({@code POST …/secret}), replaced with {@code POST …/rotate};
 * {@code POST …/enable}, {@code …/disable}, {@code …/delete}.
 */
@Controller
class WebhookDesk {

	static final String PATH = "/newsroom/webhooks";

	private final Hooks hooks;

	private final CurrentReader current;

	private final PageLayout layout;

	private final Labels labels;

	WebhookDesk(Hooks hooks, CurrentReader current, PageLayout layout, Labels labels) {
		this.hooks = hooks;
		this.current = current;
		this.layout = layout;
		this.labels = labels;
	}

	@Bean
	static NewsroomLink webhooksLink() {
		return new NewsroomLink("webhooks.menu", PATH, 895);
	}

	@GetMapping({ PATH, PATH + "/" })
	String list(HttpServletRequest request, Model model) {
		return desk("", List.of(), FormProblems.Shown.none(), request, model);
	}

	@PostMapping({ PATH, PATH + "/" })
	String register(@RequestParam(defaultValue = "") String url,
			@RequestParam(name = "events", required = false) @Nullable List<String> events, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		List<String> chosen = events == null ? List.of() : events;
		Long by = current.get().map(ReaderIdentity::id).orElse(null);
		Hooks.Result result = hooks.register(url, chosen, by);
		Hooks.Registered registered = result.registered();
		if (registered == null) {
			response.setStatus(422);
			return desk(url, chosen, result.problems().shown(labels::get), request, model);
		}
		redirect.addFlashAttribute("secret", registered.secret());
		return "redirect:" + PATH + "/" + registered.id();
	}

	@GetMapping(PATH + "/{id}")
	String hook(@PathVariable long id, HttpServletRequest request, Model model) {
		Object flashed = model.getAttribute("secret");
		return page(id, flashed instanceof String s ? s : null, request, model);
	}

	@PostMapping(PATH + "/{id}/secret")
	String secret(@PathVariable long id, HttpServletRequest request, Model model) {
		return page(id, hooks.secret(id).orElseThrow(WebhookDesk::missing), request, model);
	}

	@PostMapping(PATH + "/{id}/rotate")
	String rotate(@PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("secret", hooks.newSecret(id).orElseThrow(WebhookDesk::missing));
		return "redirect:" + PATH + "/" + id;
	}

	@PostMapping(PATH + "/{id}/enable")
	String enable(@PathVariable long id) {
		return switched(id, true);
	}

	@PostMapping(PATH + "/{id}/disable")
	String disable(@PathVariable long id) {
		return switched(id, false);
	}

	@PostMapping(PATH + "/{id}/delete")
	String delete(@PathVariable long id) {
		if (!hooks.delete(id)) {
			throw missing();
		}
		return "redirect:" + PATH;
	}

	private String switched(long id, boolean enabled) {
		if (!hooks.setEnabled(id, enabled)) {
			throw missing();
		}
		return "redirect:" + PATH + "/" + id;
	}

	private String desk(String url, List<String> chosen, FormProblems.Shown problems, HttpServletRequest request,
			Model model) {
		model.addAttribute("frame", layout.frame(request, PageMeta.of(labels.get("webhooks.title"), null, null)));
		model.addAttribute("hooks", hooks.all());
		model.addAttribute("url", url);
		model.addAttribute("events", Arrays.stream(WebhookEvent.values()).map(WebhookEvent::wireName).toList());
		model.addAttribute("chosen", chosen);
		model.addAttribute("problems", problems);
		return "webhooks/desk";
	}

	private String page(long id, @Nullable String secret, HttpServletRequest request, Model model) {
		HookView hook = hooks.find(id).orElseThrow(WebhookDesk::missing);
		model.addAttribute("frame", layout.frame(request, PageMeta.of(labels.get("webhooks.hook.title"), null, null)));
		model.addAttribute("hook", hook);
		model.addAttribute("secret", secret);
		model.addAttribute("attempts", hooks.attempts(id));
		return "webhooks/hook";
	}

	private static ResponseStatusException missing() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
