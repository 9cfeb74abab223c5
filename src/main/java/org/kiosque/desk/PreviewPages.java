package org.kiosque.desk;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.kiosque.account.CurrentReader;
import org.kiosque.account.ReaderIdentity;
import org.kiosque.article.ArticleLedger;
import org.kiosque.article.ArticlePreviews;
import org.kiosque.article.DeskArticle;
import org.kiosque.site.Labels;
import org.kiosque.web.ErrorExplanation;
import org.kiosque.web.PrivatePaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The article as readers will get it, before it is published, drawn by the public article
 * page's own template ({@link ArticlePreviews}): for the newsroom at
 * {@code /newsroom/articles/{id}/preview}, and for anyone holding a shared link at
 * {@code /preview/{token}} (signed, expiring, see {@link PreviewTokens}; no account
 * needed). No read is counted; nothing is indexed or kept by a cache. A shared link shows
 * nothing of an article under an embargo still in force (404).
 */
@Controller
class PreviewPages {

	/** Where shared previews live; declared private, so never cached. */
	static final String SHARED = "/preview";

	private final ArticlePreviews previews;

	private final ArticleLedger ledger;

	private final DeskPolicy policy;

	private final PreviewTokens tokens;

	private final CurrentReader current;

	private final Labels labels;

	private final Clock clock;

	PreviewPages(ArticlePreviews previews, ArticleLedger ledger, DeskPolicy policy, PreviewTokens tokens,
			CurrentReader current, Labels labels, Clock clock) {
		this.clock = clock;
		this.previews = previews;
		this.ledger = ledger;
		this.policy = policy;
		this.tokens = tokens;
		this.current = current;
		this.labels = labels;
	}

	@GetMapping(ArticleEditor.PATH + "/{id}/preview")
	@Nullable String newsroom(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model)
			throws IOException {
		ReaderIdentity me = current.get().orElseThrow();
		DeskArticle article = ledger.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!policy.mayOpen(me, article)) {
			ErrorExplanation.send(request, response, HttpStatus.FORBIDDEN.value(), labels.get("desk.refused.others"));
			return null;
		}
		return show(id, request, response, model);
	}

	@GetMapping(SHARED + "/{token}")
	@Nullable String shared(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model)
			throws IOException {
		OptionalLong id = tokens.open(token);
		if (id.isEmpty()) {
			response.setHeader("X-Robots-Tag", "noindex, nofollow");
			ErrorExplanation.send(request, response, HttpStatus.NOT_FOUND.value(), labels.get("desk.preview.invalid"));
			return null;
		}
		Instant now = clock.instant();
		if (ledger.find(id.getAsLong()).filter(article -> article.embargoedAt(now)).isPresent()) {
			// A link given out before the embargo was set: outside the newsroom, nobody
			// reads the article before its embargo.
			response.setHeader("X-Robots-Tag", "noindex, nofollow");
			ErrorExplanation.send(request, response, HttpStatus.NOT_FOUND.value(),
					labels.get("desk.preview.embargoed"));
			return null;
		}
		return show(id.getAsLong(), request, response, model);
	}

	private String show(long id, HttpServletRequest request, HttpServletResponse response, Model model) {
		String template = previews.show(id, request, response, model);
		if (template == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return template;
	}

	/** Shared previews are personal to whoever holds the link: no cache keeps them. */
	@Configuration(proxyBeanMethods = false)
	static class Privacy {

		@Bean
		PrivatePaths sharedPreviews() {
			return PrivatePaths.of(SHARED + "/**");
		}

	}

}
