package org.kiosque.desk;

import java.time.Clock;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.kiosque.account.CurrentReader;
import org.kiosque.account.ReaderIdentity;
import org.kiosque.article.ArticleLedger;
import org.kiosque.article.DeskArticle;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code POST /newsroom/articles/{id}/autosave} and
 * {@code /newsroom/articles/new/autosave}: the editor's script posts the form here every
 * few seconds while the person types (the editor's own fields, with its CSRF token); the
 * text replaces that person's autosave of the article ({@code desk_autosave}), which the
 * editor offers back when they reopen it. Answers {@code 204}; {@code 403} when the
 * person may not save that article; {@code 404} for no such article. Nothing here touches
 * the article: only a save does.
 */
@Controller
class Autosaves {

	/** The key of the new article someone is writing. */
	static final String NEW = "new";

	private final DraftRepository drafts;

	private final ArticleLedger ledger;

	private final DeskPolicy policy;

	private final CurrentReader current;

	private final Clock clock;

	Autosaves(DraftRepository drafts, ArticleLedger ledger, DeskPolicy policy, CurrentReader current, Clock clock) {
		this.drafts = drafts;
		this.ledger = ledger;
		this.policy = policy;
		this.current = current;
		this.clock = clock;
	}

	@PostMapping(ArticleEditor.NEW + "/autosave")
	ResponseEntity<Void> autosaveNew(@RequestParam Map<String, String> form) {
		return keep(null, form);
	}

	@PostMapping(ArticleEditor.PATH + "/{id}/autosave")
	ResponseEntity<Void> autosave(@PathVariable long id, @RequestParam Map<String, String> form) {
		DeskArticle article = ledger.find(id).orElse(null);
		if (article == null) {
			return ResponseEntity.notFound().build();
		}
		return keep(article, form);
	}

	private ResponseEntity<Void> keep(@Nullable DeskArticle article, Map<String, String> form) {
		ReaderIdentity me = current.get().orElseThrow();
		if (policy.refusal(me, article, DeskAction.SAVE).isPresent()) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
		}
		drafts.autosave(me.id(), key(article == null ? null : article.id()), new DraftRepository.Draft(Copy.of(form),
				ArticleEditor.baseRevision(form.get("baseRevision")), clock.instant()));
		return ResponseEntity.noContent().build();
	}

	/** The autosave key of an article: its id, or {@value #NEW}. */
	static String key(@Nullable Long articleId) {
		return articleId == null ? NEW : String.valueOf(articleId);
	}

}
