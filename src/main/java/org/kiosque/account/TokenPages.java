package org.kiosque.account;

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
 * {@code /newsroom/tokens} (admins only, by the access rules): the publishing API's
 * tokens with their role and last use; a form to make one ({@code name}, {@code role}),
 * whose answer shows the token this once (never again: only its hash is kept); a button
 * to revoke each ({@code POST /newsroom/tokens/{id}/revoke}). CSRF-protected forms, like
 * every newsroom page.
 */
@Controller
class TokenPages {

	static final String PATH = "/newsroom/tokens";

	private final ApiTokens tokens;

	private final CurrentReader current;

	private final PageLayout layout;

	private final Labels labels;

	private final NewspaperDates dates;

	TokenPages(ApiTokens tokens, CurrentReader current, PageLayout layout, Labels labels, NewspaperDates dates) {
		this.tokens = tokens;
		this.current = current;
		this.layout = layout;
		this.labels = labels;
		this.dates = dates;
	}

	@GetMapping(PATH)
	String list(@RequestParam(required = false) @Nullable String done, HttpServletRequest request, Model model) {
		return page(model, request, done == null ? null : labels.get("account.token.revoked"), null, null);
	}

	/**
	 * Makes a token and shows it once, in the answer itself (no redirect: a reload would
	 * make another, but the token is never put in an address or a session).
	 */
	@PostMapping(PATH)
	String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String role,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		var chosen = ApiTokens.role(role);
		if (chosen.isEmpty()) {
			response.setStatus(422);
			return page(model, request, null, labels.get("account.token.problem.role"), null);
		}
		try {
			var issued = tokens.create(name, chosen.get(), current.get().map(ReaderIdentity::id).orElse(null));
			// The page shows the token: no cache may keep it.
			response.setHeader("Cache-Control", "no-store");
			return page(model, request, null, null, issued);
		}
		catch (ApiTokens.Refused refused) {
			response.setStatus(422);
			return page(model, request, null, labels.get(refused.refusal().messageKey()), null);
		}
	}

	@PostMapping(PATH + "/{id}/revoke")
	String revoke(@PathVariable long id) {
		tokens.revoke(id);
		return "redirect:" + PATH + "?done";
	}

	private String page(Model model, HttpServletRequest request, @Nullable String notice, @Nullable String problem,
			ApiTokens.@Nullable Issued issued) {
		model.addAttribute("frame", layout.frame(request, PageMeta.of(labels.get("account.token.title"), null, null)));
		model.addAttribute("tokens", tokens.all());
		model.addAttribute("dates", dates);
		model.addAttribute("notice", notice);
		model.addAttribute("problem", problem);
		model.addAttribute("issued", issued);
		return "account/tokens";
	}

}
