package org.kiosque.desk;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.kiosque.account.CurrentReader;
import org.kiosque.account.ReaderIdentity;
import org.kiosque.article.Agency;
import org.kiosque.article.ArticleLedger;
import org.kiosque.article.DeskArticle;
import org.kiosque.site.Labels;
import org.kiosque.site.NewspaperDates;
import org.kiosque.web.ErrorExplanation;
import org.kiosque.web.PageLayout;
import org.kiosque.web.PageMeta;
import org.kiosque.web.PageNumber;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /newsroom/articles/{id}/revisions}: every revision of an article, newest first,
 * with who, when, which action, the fields it changed and its note; links to compare two
 * of them ({@code /newsroom/articles/{id}/revisions/compare?from=N&to=M}, the word diff's
 * page); and restore ({@code POST …/revisions/{number}/restore}), which makes a new
 * revision of the old text: history is never rewritten.
 */
@Controller
class RevisionPages {

	static final int PAGE_SIZE = 50;

	private final Desk desk;

	private final RevisionRepository revisions;

	private final ArticleLedger ledger;

	private final DeskPolicy policy;

	private final DeskPeople people;

	private final CurrentReader current;

	private final PageLayout layout;

	private final Labels labels;

	private final NewspaperDates dates;

	RevisionPages(Desk desk, RevisionRepository revisions, ArticleLedger ledger, DeskPolicy policy, DeskPeople people,
			CurrentReader current, PageLayout layout, Labels labels, NewspaperDates dates) {
		this.desk = desk;
		this.revisions = revisions;
		this.ledger = ledger;
		this.policy = policy;
		this.people = people;
		this.current = current;
		this.layout = layout;
		this.labels = labels;
		this.dates = dates;
	}

	@GetMapping(ArticleEditor.PATH + "/{id}/revisions")
	@Nullable String list(@PathVariable long id, @RequestParam(required = false) @Nullable String page,
			HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
		ReaderIdentity me = current.get().orElseThrow();
		DeskArticle article = ledger.find(id).orElseThrow(RevisionPages::notFound);
		if (!policy.mayOpen(me, article)) {
			return refuse(request, response, "desk.refused.others");
		}
		int number = PageNumber.parse(page, Integer.MAX_VALUE).orElseThrow(RevisionPages::notFound);
		int latest = revisions.latestNumber(id);
		List<Revision> lines = revisions.lines(id, (long) (number - 1) * PAGE_SIZE, PAGE_SIZE + 1);
		boolean hasNext = lines.size() > PAGE_SIZE;
		List<Revision> shown = hasNext ? lines.subList(0, PAGE_SIZE) : lines;
		Set<Long> ids = shown.stream().map(Revision::accountId).filter(Objects::nonNull).collect(Collectors.toSet());
		Map<Long, String> names = people.names(new HashSet<>(ids));
		boolean mayRestore = policy.refusal(me, article, DeskAction.RESTORE).isEmpty();
		String base = ArticleEditor.PATH + "/" + id + "/revisions";
		List<RevisionsView.Row> rows = shown.stream()
			.map(r -> new RevisionsView.Row(r.number(), labels.get("desk.action." + r.action().value()),
					r.accountId() == null ? (r.agency() == null ? "–" : new Agency(r.agency()).name())
							: names.getOrDefault(r.accountId(), "–"),
					dates.dayAndTime(r.madeAt()), dates.iso(r.madeAt()), labels.get("desk.status." + r.status().name()),
					changed(r.changed()), note(r), r.number() > 1 ? compare(base, r.number() - 1, r.number()) : null,
					r.number() < latest ? compare(base, r.number(), latest) : null,
					mayRestore && r.number() < latest ? base + "/" + r.number() + "/restore" : null))
			.toList();
		model.addAttribute("frame",
				layout.frame(request, PageMeta.of(labels.get("desk.revisions.title", article.headline()), null, null)));
		model.addAttribute("view",
				new RevisionsView(id, article.headline(), ArticleEditor.PATH + "/" + id, rows, mayRestore,
						number > 1 ? base + (number == 2 ? "" : "?page=" + (number - 1)) : null,
						hasNext ? base + "?page=" + (number + 1) : null));
		return "desk/revisions";
	}

	/**
	 * The word diff of two revisions, {@code from} before {@code to}; 400 when a number
	 * is missing or not a number, 404 when it is not one of the article's revisions.
	 */
	@GetMapping(ArticleEditor.PATH + "/{id}/revisions/compare")
	@Nullable String compare(@PathVariable long id, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, HttpServletRequest request,
			HttpServletResponse response, Model model) throws IOException {
		ReaderIdentity me = current.get().orElseThrow();
		DeskArticle article = ledger.find(id).orElseThrow(RevisionPages::notFound);
		if (!policy.mayOpen(me, article)) {
			return refuse(request, response, "desk.refused.others");
		}
		int before = number(from);
		int after = number(to);
		if (before <= 0 || after <= 0) {
			ErrorExplanation.send(request, response, HttpStatus.BAD_REQUEST.value(),
					labels.get("desk.compare.bad-numbers"));
			return null;
		}
		var older = revisions.find(id, before);
		var newer = revisions.find(id, after);
		if (older.isEmpty() || newer.isEmpty()) {
			ErrorExplanation.send(request, response, HttpStatus.NOT_FOUND.value(),
					labels.get("desk.compare.missing", older.isEmpty() ? before : after));
			return null;
		}
		String title = labels.get("desk.compare.title", before, after, article.headline());
		model.addAttribute("frame", layout.frame(request, PageMeta.of(title, null, null)));
		model.addAttribute("view", new CompareView(title, ArticleEditor.PATH + "/" + id + "/revisions",
				CopyDiff.between(older.get().copy(), newer.get().copy())));
		return "desk/compare";
	}

	/** A revision number from the query: a positive number, else 0. */
	private static int number(@Nullable String text) {
		if (text == null || !text.strip().matches("[0-9]{1,9}")) {
			return 0;
		}
		return Integer.parseInt(text.strip());
	}

	@PostMapping(ArticleEditor.PATH + "/{id}/revisions/{number}/restore")
	@Nullable String restore(@PathVariable long id, @PathVariable int number, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		ReaderIdentity me = current.get().orElseThrow();
		return switch (desk.restore(me, id, number)) {
			case Desk.Outcome.Done done -> ArticleEditor.seeOther(response, ArticleEditor.PATH + "/" + id + "?done="
					+ DeskAction.RESTORE.value() + "&revision=" + done.revision());
			case Desk.Outcome.Refused refused -> refuse(request, response, refused.messageKey());
			case Desk.Outcome.Missing missing -> throw notFound();
			// A restore writes a text once saved, from the latest revision: neither
			// happens.
			case Desk.Outcome.Invalid invalid -> throw new IllegalStateException("Restore refused: " + invalid);
			case Desk.Outcome.Conflicted conflict -> throw new IllegalStateException("Restore in conflict");
		};
	}

	/** The note; a restore's is the number of the revision it brought back. */
	private @Nullable String note(Revision r) {
		if (r.action() == DeskAction.RESTORE && r.note() != null && r.note().matches("[0-9]+")) {
			return labels.get("desk.revisions.restored-from", r.note());
		}
		return r.note();
	}

	private String changed(List<String> fields) {
		if (fields.isEmpty()) {
			return "–";
		}
		return fields.stream().map(f -> labels.get("desk.field." + f)).collect(Collectors.joining(", "));
	}

	private static String compare(String base, int from, int to) {
		return base + "/compare?from=" + from + "&to=" + to;
	}

	private @Nullable String refuse(HttpServletRequest request, HttpServletResponse response, String key)
			throws IOException {
		ErrorExplanation.send(request, response, HttpStatus.FORBIDDEN.value(), labels.get(key));
		return null;
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
