package org.kiosque.desk;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.kiosque.account.ReaderIdentity;
import org.kiosque.article.Agency;
import org.kiosque.article.ArticleLedger;
import org.kiosque.article.ArticleStatus;
import org.kiosque.article.DeskArticle;
import org.kiosque.article.SectionRef;
import org.kiosque.site.FormProblems;
import org.kiosque.site.Labels;
import org.kiosque.site.NewspaperDates;
import org.kiosque.site.SiteSettings;
import org.springframework.stereotype.Component;

/** Makes the editor page's {@link EditorView} of an article, its form filled. */
@Component
class EditorViews {

	/** The {@code publishAt} field's form: {@code 2026-12-01T08:30}. */
	static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private final ArticleLedger ledger;

	private final RevisionRepository revisions;

	private final DeskPolicy policy;

	private final DeskPeople people;

	private final PreviewTokens tokens;

	private final Labels labels;

	private final NewspaperDates dates;

	private final SiteSettings site;

	private final DeskSettings settings;

	private final DraftRepository drafts;

	private final Presence presence;

	private final Clock clock;

	EditorViews(ArticleLedger ledger, RevisionRepository revisions, DeskPolicy policy, DeskPeople people,
			PreviewTokens tokens, Labels labels, NewspaperDates dates, SiteSettings site, DeskSettings settings,
			DraftRepository drafts, Presence presence, Clock clock) {
		this.clock = clock;
		this.drafts = drafts;
		this.presence = presence;
		this.ledger = ledger;
		this.revisions = revisions;
		this.policy = policy;
		this.people = people;
		this.tokens = tokens;
		this.labels = labels;
		this.dates = dates;
		this.site = site;
		this.settings = settings;
	}

	/** The editor of a new article: blank, the byline the writer's own name. */
	EditorView blank(ReaderIdentity who) {
		Copy copy = new Copy("", "", "", "", "", who.displayName(), "", "", "");
		return view(who, null, new Form(copy, 0, "", ""), null, FormProblems.Shown.none(), null, null);
	}

	/** The editor of {@code article} as stored, with {@code notice} above it. */
	EditorView stored(ReaderIdentity who, DeskArticle article, @Nullable String notice) {
		String publishAt = article.status() == ArticleStatus.SCHEDULED && article.publishedAt() != null
				? LOCAL_TIME.format(dates.local(article.publishedAt())) : "";
		Form form = new Form(Desk.copyOf(article), revisions.latestNumber(article.id()), publishAt, "");
		return view(who, article, form, notice, FormProblems.Shown.none(), null, null);
	}

	/**
	 * The editor with what the person submitted, refused: the problems beside their
	 * fields, or the newer version someone saved meanwhile ({@code theirs}).
	 */
	EditorView again(ReaderIdentity who, @Nullable DeskArticle article, Form form, FormProblems.Shown problems,
			@Nullable String problem, @Nullable Clashing theirs) {
		return view(who, article, form, null, problems, problem, theirs);
	}

	private EditorView view(ReaderIdentity who, @Nullable DeskArticle article, Form form, @Nullable String notice,
			FormProblems.Shown problems, @Nullable String problem, @Nullable Clashing theirs) {
		Copy copy = form.copy();
		ArticleStatus status = article == null ? null : article.status();
		List<DeskAction> allowed = policy.allowed(who, article, Workflow.offered(status));
		// Under an embargo in force: no "publish" button (the Newsdesk would refuse it)
		// and no preview link for people outside the newsroom.
		Instant embargo = article != null && article.embargoedAt(clock.instant()) ? article.embargoUntil() : null;
		List<EditorView.Option> buttons = allowed.stream()
			.filter(a -> embargo == null || a != DeskAction.PUBLISH)
			.map(a -> new EditorView.Option(a.value(), buttonLabel(a, status), false))
			.toList();
		ReadingTime reading = ReadingTime.of(copy, settings.wordsPerMinute());
		HeadlineLength headline = HeadlineLength.of(copy.headline());
		Long id = article == null ? null : article.id();
		PreviewTokens.Issued share = id == null || embargo != null ? null : tokens.issue(id);
		return new EditorView(id, id == null ? ArticleEditor.NEW : ArticleEditor.PATH + "/" + id, copy,
				form.baseRevision(), form.publishAt(), form.note(), status == null ? "" : status.name(),
				labels.get("desk.status." + (status == null ? "NEW" : status.name())),
				status == ArticleStatus.PUBLISHED ? article.path() : null, sections(copy.section()), buttons,
				allowed.contains(DeskAction.RETURN), labels.get("desk.length", reading.words(), reading.minutes()),
				labels.get("desk.headline.length", headline.length()),
				headline.warnings().stream().map(labels::get).toList(), article == null ? null : returned(article),
				notice, problem, problems, theirs == null ? null : theirs(theirs),
				id == null ? null : ArticleEditor.PATH + "/" + id + "/preview",
				share == null ? null : site.absolute(PreviewPages.SHARED + "/" + share.token()),
				share == null ? null : dates.dayAndTime(share.expires()),
				id == null ? null : ArticleEditor.PATH + "/" + id + "/revisions",
				article == null ? null : lastChange(article), settings.wordsPerMinute(),
				status == ArticleStatus.PUBLISHED && allowed.contains(DeskAction.SAVE), form.correction(), form.minor(),
				// Read-only: nothing to keep, and a refused autosave would read as a
				// session ended.
				allowed.contains(DeskAction.SAVE)
						? (id == null ? ArticleEditor.NEW : ArticleEditor.PATH + "/" + id) + "/autosave" : "",
				unsavedOffer(who, id, copy, allowed), id == null ? "" : ArticleEditor.PATH + "/" + id + "/presence",
				settings.heartbeat().toMillis(), alsoOpen(who, id), lead(id, form.lead()),
				embargo == null ? null : labels.get("desk.embargo", dates.dayAndTime(embargo)),
				embargo == null ? "" : dates.iso(embargo), article == null ? null : article.editorsNote());
	}

	/**
	 * The lead picture part: as posted (the chosen picture read from the library, to show
	 * it), else the article's as stored, else none.
	 */
	private LeadPicture lead(@Nullable Long id, @Nullable LeadPicture posted) {
		if (posted != null) {
			Long pictureId = posted.pictureId();
			return posted.showing(pictureId == null ? null : ledger.picture(pictureId).orElse(null));
		}
		if (id == null) {
			return LeadPicture.none();
		}
		return ledger.lead(id).map(LeadPicture::of).orElse(LeadPicture.none());
	}

	/**
	 * The editor with a text not saved yet (an autosave taken back, a form held while the
	 * session had ended), {@code notice} above it.
	 */
	EditorView unsaved(ReaderIdentity who, @Nullable DeskArticle article, Form form, String notice) {
		return view(who, article, form, notice, FormProblems.Shown.none(), null, null);
	}

	/** "Aussi ouvert par : X" when others have the article open, else {@code null}. */
	private @Nullable String alsoOpen(ReaderIdentity who, @Nullable Long id) {
		return id == null ? null : presence.alsoOpen(who.id(), id);
	}

	/**
	 * The link to the person's autosave, when there is one that differs from the form.
	 */
	private @Nullable String unsavedOffer(ReaderIdentity who, @Nullable Long id, Copy shown, List<DeskAction> allowed) {
		if (!allowed.contains(DeskAction.SAVE)) {
			return null;
		}
		return drafts.autosaved(who.id(), Autosaves.key(id))
			.filter(d -> !CopyRules.normalized(d.copy()).equals(CopyRules.normalized(shown)))
			.map(d -> (id == null ? ArticleEditor.NEW : ArticleEditor.PATH + "/" + id) + "?unsaved=take")
			.orElse(null);
	}

	private String buttonLabel(DeskAction action, @Nullable ArticleStatus status) {
		if (action == DeskAction.UNPUBLISH && status == ArticleStatus.SCHEDULED) {
			return labels.get("desk.button.cancel-schedule");
		}
		if (action == DeskAction.SAVE && status == ArticleStatus.PUBLISHED) {
			return labels.get("desk.button.update");
		}
		return labels.get("desk.button." + action.value());
	}

	private List<EditorView.Option> sections(String chosen) {
		List<EditorView.Option> options = new ArrayList<>();
		options.add(new EditorView.Option("", labels.get("desk.field.section.none"), chosen.isBlank()));
		for (SectionRef s : ledger.sections()) {
			options.add(new EditorView.Option(s.slug(), s.name(), s.slug().equals(chosen.strip())));
		}
		return options;
	}

	/** The note of the return that sent the draft back, while the draft has not moved. */
	private @Nullable String returned(DeskArticle article) {
		return revisions.lastMove(article.id())
			.filter(r -> r.action() == DeskAction.RETURN && article.status() == ArticleStatus.DRAFT)
			.map(r -> labels.get("desk.returned", name(r.accountId()), dates.dayAndTime(r.madeAt()),
					r.note() == null ? "" : r.note()))
			.orElse(null);
	}

	private EditorView.Theirs theirs(Clashing clashing) {
		Revision theirs = clashing.theirs();
		String name = theirs.accountId() == null ? "" : name(theirs.accountId());
		return new EditorView.Theirs(labels.get("desk.conflict.theirs", theirs.number(), name(theirs.accountId()),
				dates.dayAndTime(theirs.madeAt())), theirs.copy(), clashing.clashes(), name);
	}

	/**
	 * "Kiosque a fusionné vos modifications avec celles de X (titre, texte)." for the
	 * editor reopened after a merged save; {@code null} when {@code mergedWith} is not
	 * one of the article's revisions.
	 * @param mergedWith the revision merged with (from the redirect's query)
	 * @param fields its comma-separated field names (unknown names are left out)
	 */
	@Nullable String mergeNotice(long articleId, int mergedWith, @Nullable String fields) {
		if (mergedWith <= 0) {
			return null;
		}
		return revisions.find(articleId, mergedWith).map(r -> {
			String said = r.accountId() == null ? labels.get("revisions.merge.merged.anonymous")
					: labels.get("revisions.merge.merged", name(r.accountId()));
			List<String> names = fields == null ? List.of()
					: Arrays.stream(fields.split(","))
						.filter(Copy.blank().fields()::containsKey)
						.map(f -> labels.get("desk.field." + f))
						.toList();
			return names.isEmpty() ? said : said + " " + labels.get("desk.merged.fields", String.join(", ", names));
		}).orElse(null);
	}

	private String lastChange(DeskArticle article) {
		return labels.get("desk.last-change", dates.dayAndTime(article.changedAt()), changedBy(article));
	}

	/**
	 * Who changed the article last: a person, else the agency whose copy made its latest
	 * revision (as the revisions page names it), else no one (an import, the schedule).
	 */
	private String changedBy(DeskArticle article) {
		if (article.changedBy() != null) {
			return name(article.changedBy());
		}
		return revisions.lines(article.id(), 0, 1)
			.stream()
			.filter(r -> r.accountId() == null && r.agency() != null)
			.map(r -> new Agency(r.agency()).name())
			.findFirst()
			.orElseGet(() -> labels.get("desk.nobody"));
	}

	private String name(@Nullable Long accountId) {
		if (accountId == null) {
			return labels.get("desk.nobody");
		}
		Map<Long, String> names = people.names(List.of(accountId));
		return names.getOrDefault(accountId, labels.get("desk.nobody"));
	}

	/**
	 * The form's own fields.
	 *
	 * @param baseRevision the revision it is made from
	 * @param publishAt as typed
	 * @param note as typed
	 * @param correction the correction to print at a published article's foot, as typed
	 * @param minor whether the save is a minor fix (nothing visible moves)
	 * @param lead the lead picture part as posted; {@code null}: the article's as stored
	 */
	record Form(Copy copy, int baseRevision, String publishAt, String note, String correction, boolean minor,
			@Nullable LeadPicture lead) {

		Form(Copy copy, int baseRevision, String publishAt, String note) {
			this(copy, baseRevision, publishAt, note, "", false, null);
		}

		Form(Copy copy, int baseRevision, String publishAt, String note, String correction, boolean minor) {
			this(copy, baseRevision, publishAt, note, correction, minor, null);
		}

	}

	/**
	 * A save in conflict: the latest revision and what clashes with it.
	 */
	record Clashing(Revision theirs, CopyMerge.Conflict clashes) {
	}

}
