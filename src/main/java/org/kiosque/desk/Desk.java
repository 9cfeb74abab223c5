package org.kiosque.desk;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.kiosque.account.ReaderIdentity;
import org.kiosque.article.ArticleEdit;
import org.kiosque.article.ArticleLedger;
import org.kiosque.article.ArticleStatus;
import org.kiosque.article.CorrectionRefused;
import org.kiosque.article.Corrections;
import org.kiosque.article.DeskArticle;
import org.kiosque.article.EmbargoRefused;
import org.kiosque.article.Newsdesk;
import org.kiosque.article.SectionRef;
import org.kiosque.site.CleanText;
import org.kiosque.site.FormProblems;
import org.kiosque.site.SiteSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The desk's one way to change an article: check who may, check the text, move the
 * article along the {@link Workflow}, write it through the {@link Newsdesk} (the one
 * writer of articles) and record the revision, all in one transaction. Two people's
 * writes to one article take turns (the article is held until the end), and a write made
 * from an older revision than the latest goes to {@link Reconciliation}.
 * <p>
 * Public, with its outcomes, so that the publishing API ({@code org.kiosque.api}) is a
 * second door to the same desk rather than a second implementation of it.
 */
@Service
public class Desk {

	private final Newsdesk newsdesk;

	private final ArticleLedger ledger;

	private final RevisionRepository revisions;

	private final DeskPolicy policy;

	private final Reconciliation reconciliation;

	private final SiteSettings site;

	private final Clock clock;

	private final Corrections corrections;

	private final FocalPoints focus;

	Desk(Newsdesk newsdesk, ArticleLedger ledger, RevisionRepository revisions, DeskPolicy policy,
			Reconciliation reconciliation, SiteSettings site, Clock clock, Corrections corrections, FocalPoints focus) {
		this.corrections = corrections;
		this.focus = focus;
		this.newsdesk = newsdesk;
		this.ledger = ledger;
		this.revisions = revisions;
		this.policy = policy;
		this.reconciliation = reconciliation;
		this.site = site;
		this.clock = clock;
	}

	/**
	 * Does what the editor's form asks.
	 * @param articleId the article, {@code null} for a new one
	 * @param submitted the form's text
	 * @param baseRevision the revision the form was made from ({@code 0}: none)
	 * @param publishAt the form's {@code publishAt}, ISO local date-time in the site's
	 * zone, or blank
	 * @param note what the person wrote for the record (required to return a draft)
	 * @param revision how a save of a published article shows to readers: a correction
	 * printed at its foot, a visible update, or nothing (a minor fix); ignored for any
	 * other article or action
	 */
	@Transactional
	public Outcome act(ReaderIdentity who, @Nullable Long articleId, Copy submitted, DeskAction action,
			int baseRevision, @Nullable String publishAt, @Nullable String note, Visibility revision) {
		return act(who, articleId, submitted, action, baseRevision, publishAt, note, revision, null);
	}

	/**
	 * Does what the editor's form asks, its lead picture part included.
	 * @param lead the lead picture, its caption and credit, and the focal point to give
	 * the picture; {@code null} leaves the article's as they are (a form without that
	 * part, as tools post it)
	 * @see #act(ReaderIdentity, Long, Copy, DeskAction, int, String, String, Visibility)
	 */
	@Transactional
	public Outcome act(ReaderIdentity who, @Nullable Long articleId, Copy submitted, DeskAction action,
			int baseRevision, @Nullable String publishAt, @Nullable String note, Visibility revision,
			@Nullable LeadPicture lead) {
		DeskArticle article = null;
		if (articleId != null) {
			if (!newsdesk.hold(articleId)) {
				return new Outcome.Missing();
			}
			article = ledger.find(articleId).orElseThrow();
		}
		Optional<String> refusal = policy.refusal(who, article, action);
		if (refusal.isPresent()) {
			return new Outcome.Refused(refusal.get());
		}
		Set<String> sections = sectionSlugs();
		Copy copy = currentSection(CopyRules.normalized(submitted), sections);
		Reconciliation.Reconciled.Clean merged = null;
		int latest = 0;
		if (article != null) {
			latest = revisions.latestNumber(article.id());
			if (latest == 0) {
				latest = keepAsItCame(article);
			}
			if (baseRevision == 0) {
				// A form opened before the article had a revision: made from the text as
				// it came.
				baseRevision = revisions.find(article.id(), 1)
					.filter(first -> first.action() == DeskAction.IMPORTED)
					.map(Revision::number)
					.orElse(0);
			}
			if (baseRevision != latest) {
				Revision theirs = revisions.find(article.id(), latest).orElseThrow();
				Revision base = revisions.find(article.id(), baseRevision).orElse(null);
				switch (reconciliation.reconcile(base, theirs, copy)) {
					case Reconciliation.Reconciled.Conflict conflict -> {
						return new Outcome.Conflicted(conflict.clashes(), conflict.theirs());
					}
					case Reconciliation.Reconciled.Clean clean -> {
						copy = clean.copy();
						merged = clean.merged() ? clean : null;
					}
				}
			}
		}
		FormProblems problems = CopyRules.check(copy, sections);
		if (lead != null) {
			Long pictureId = lead.pictureId();
			problems.addAll(lead.check(pictureId != null && ledger.picture(pictureId).isPresent()));
		}
		String cleanNote = note == null ? null : CleanText.linesOrNull(note.strip());
		if (cleanNote != null && cleanNote.isEmpty()) {
			cleanNote = null;
		}
		if (cleanNote != null && cleanNote.length() > CopyRules.NOTE) {
			problems.add("note", "desk.problem.too-long.note");
		}
		if (action == DeskAction.RETURN && cleanNote == null) {
			problems.add("note", "desk.problem.note-missing");
		}
		Instant wanted = null;
		if (action == DeskAction.SCHEDULE && publishAt != null && !publishAt.isBlank()) {
			wanted = localTime(publishAt);
			if (wanted == null) {
				problems.add("publishAt", "desk.problem.publish-at-unreadable");
			}
		}
		if (action != DeskAction.SCHEDULE && timeTyped(article, publishAt)) {
			problems.add("publishAt", action == DeskAction.PUBLISH ? "desk.problem.publish-at-with-publish"
					: "desk.problem.publish-at-not-kept");
		}
		Workflow.Step step = Workflow.next(article == null ? null : article.status(),
				article == null ? null : article.publishedAt(), action, wanted, clock.instant());
		if (!step.possible()) {
			problems.add(action == DeskAction.SCHEDULE ? "publishAt" : FormProblems.FORM, step.problemKey());
		}
		boolean revisesPublished = article != null && article.status() == ArticleStatus.PUBLISHED
				&& action == DeskAction.SAVE;
		boolean correcting = revisesPublished && !revision.correction().isBlank();
		if (correcting) {
			problems.addAll(Corrections.check("correction", revision.correction()));
		}
		if (!problems.isEmpty()) {
			return new Outcome.Invalid(problems, copy);
		}
		Outcome done;
		try {
			done = write(who.id(), null, article, latest, copy, action, step, cleanNote, merged, lead);
		}
		catch (EmbargoRefused embargoed) {
			// The Newsdesk keeps embargoes for every writer; here the person learns why.
			// Nothing of the action is kept.
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return new Outcome.Invalid(FormProblems.of(action == DeskAction.SCHEDULE ? "publishAt" : FormProblems.FORM,
					"desk.problem.embargoed"), copy);
		}
		if (correcting) {
			try {
				corrections.add(article.id(), revision.correction(), who.id(), who.displayName());
			}
			catch (CorrectionRefused refused) {
				// Unpublished meanwhile, say: the edit goes back with the correction, and
				// the person gets both again in the form.
				TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
				return new Outcome.Invalid(FormProblems.of("correction", refused.messageKey()), copy);
			}
		}
		else if (revisesPublished && !revision.minor()) {
			newsdesk.markRevised(article.id());
		}
		return done;
	}

	/**
	 * What the editor's form would be told of {@code submitted} and {@code lead}, without
	 * acting: the same rules as {@link #act} checks before it writes (a headline,
	 * lengths, a known section; the lead picture's), so that a tool told of one fault
	 * hears of all of them at once.
	 * @param lead the lead picture part, {@code null} when none was sent
	 */
	public FormProblems check(Copy submitted, @Nullable LeadPicture lead) {
		Set<String> sections = sectionSlugs();
		FormProblems problems = CopyRules.check(currentSection(CopyRules.normalized(submitted), sections), sections);
		if (lead != null) {
			Long pictureId = lead.pictureId();
			problems.addAll(lead.check(pictureId != null && ledger.picture(pictureId).isPresent()));
		}
		return problems;
	}

	/**
	 * How a save of a published article shows to readers.
	 *
	 * @param correction what was wrong and what is right, printed at the article's foot
	 * with its date; blank for none
	 * @param minor a minor fix (a typo): without a correction, nothing visible moves
	 */
	public record Visibility(String correction, boolean minor) {

		/** No correction, a visible update. */
		public static final Visibility PLAIN = new Visibility("", false);

	}

	/**
	 * Makes an older revision's text the article's again, as a new revision; the article
	 * keeps its address and its status.
	 */
	@Transactional
	public Outcome restore(ReaderIdentity who, long articleId, int number) {
		if (!newsdesk.hold(articleId)) {
			return new Outcome.Missing();
		}
		DeskArticle article = ledger.find(articleId).orElseThrow();
		Optional<String> refusal = policy.refusal(who, article, DeskAction.RESTORE);
		if (refusal.isPresent()) {
			return new Outcome.Refused(refusal.get());
		}
		Optional<Revision> old = revisions.find(articleId, number);
		if (old.isEmpty()) {
			return new Outcome.Missing();
		}
		Copy text = old.get().copy();
		Set<String> sections = sectionSlugs();
		Copy copy = currentSection(new Copy(text.headline(), text.standfirst(), text.body(), text.section(),
				text.tags(), text.byline(), text.source(), article.slug(), text.description()), sections);
		FormProblems problems = CopyRules.check(copy, sections);
		if (!problems.isEmpty()) {
			// The revision's section was removed since: restored outside any section.
			copy = new Copy(copy.headline(), copy.standfirst(), copy.body(), "", copy.tags(), copy.byline(),
					copy.source(), copy.slug(), copy.description());
		}
		Workflow.Step step = Workflow.next(article.status(), article.publishedAt(), DeskAction.RESTORE, null,
				clock.instant());
		return write(who.id(), null, article, revisions.latestNumber(articleId), copy, DeskAction.RESTORE, step,
				String.valueOf(number), null, null);
	}

	/**
	 * @param latest the number of {@code before}'s latest revision, read while it is held
	 * (0 for a new article)
	 * @param lead the lead picture chosen in the form, {@code null} to leave it as it is
	 * @param by the account acting, {@code null} for agency copy
	 * @param agency the agency code when agency copy is filed (the revision's author)
	 */
	private Outcome write(@Nullable Long by, @Nullable String agency, @Nullable DeskArticle before, int latest,
			Copy copy, DeskAction action, Workflow.Step step, @Nullable String note,
			Reconciliation.Reconciled.@Nullable Clean merged, @Nullable LeadPicture lead) {
		ArticleEdit edit = new ArticleEdit(copy.headline(), copy.standfirst(), copy.body(), copy.section(),
				CopyRules.tags(copy.tags()), copy.byline(), copy.source(), copy.slug(), copy.description(),
				step.status(), step.publishedAt(), by);
		long id;
		int number;
		Copy previous;
		if (before == null) {
			id = newsdesk.create(edit).id();
			number = 1;
			previous = Copy.blank();
		}
		else {
			id = before.id();
			newsdesk.revise(before, edit);
			number = latest + 1;
			previous = copyOf(before);
		}
		boolean pictureChanged = lead != null && writeLead(id, lead);
		DeskArticle after = ledger.find(id).orElseThrow();
		Copy stored = copyOf(after);
		List<String> changed = new ArrayList<>(changed(previous, stored));
		if (pictureChanged) {
			changed.add(LEAD_FIELD);
		}
		revisions.insert(new Revision(id, number, action, by, after.changedAt(), after.status(), after.publishedAt(),
				stored, changed, note, agency));
		return merged == null ? new Outcome.Done(id, number, action, List.of(), 0)
				: new Outcome.Done(id, number, action, merged.fields(), merged.theirs().number());
	}

	/**
	 * Files agency copy (the wires) on the desk, in one transaction: a new article
	 * ({@code articleId} {@code null}) as a draft or published at once, or a new version
	 * of the agency's item over the article made from it. The newsroom's own edits since
	 * {@code baseRevision} (the revision the previous version was filed as) are kept when
	 * they touch other fields or paragraphs ({@link Reconciliation}); when they clash,
	 * nothing is written and the answer says so. A published article gets the text as a
	 * visible revision ("mis à jour"); no one's policy is asked (the source's mode was
	 * set by an editor) and the revision's author is the agency, no account.
	 * @param copy the agency's text; for an existing article only its headline,
	 * standfirst, body, byline and source count (section, tags, address and description
	 * are the base revision's, so that the newsroom's changes to them stand)
	 * @param baseRevision the revision the previous version was filed as, {@code 0} for a
	 * new article
	 * @param publish whether a new article is published at once (an existing one keeps
	 * its status)
	 * @param embargo the item's embargo, {@code null} for none: a new article to be
	 * published under an embargo still to come is scheduled at its instant instead, and
	 * its first revision says so
	 * @param agency the agency code ({@code AFP}), recorded as the revision's author
	 * @param note what the revision says (the item and its version), may be {@code null}
	 * @return what was done: {@link AgencyFiling.Result#DONE} with the article and its
	 * new revision; {@link AgencyFiling.Result#CONFLICT} (nothing written);
	 * {@link AgencyFiling.Result#INVALID} with the message keys of the copy's problems;
	 * {@link AgencyFiling.Result#MISSING} when the article is gone
	 */
	@Transactional
	public AgencyFiling fileAgencyCopy(@Nullable Long articleId, Copy copy, int baseRevision, boolean publish,
			@Nullable Instant embargo, String agency, @Nullable String note) {
		DeskArticle article = null;
		int latest = 0;
		Copy text = CopyRules.normalized(copy);
		if (articleId != null) {
			if (!newsdesk.hold(articleId)) {
				return new AgencyFiling(AgencyFiling.Result.MISSING, articleId, 0, List.of());
			}
			article = ledger.find(articleId).orElseThrow();
			latest = revisions.latestNumber(articleId);
			Revision base = revisions.find(articleId, baseRevision).orElse(null);
			if (base != null) {
				// What the agency does not write stays as the newsroom has it.
				Copy was = base.copy();
				text = new Copy(text.headline(), text.standfirst(), text.body(), was.section(), was.tags(),
						text.byline(), text.source(), was.slug(), was.description());
			}
			if (baseRevision != latest) {
				Revision theirs = revisions.find(articleId, latest).orElseThrow();
				switch (reconciliation.reconcile(base, theirs, text)) {
					case Reconciliation.Reconciled.Conflict conflict -> {
						return new AgencyFiling(AgencyFiling.Result.CONFLICT, articleId, latest,
								List.copyOf(conflict.clashes().fields()));
					}
					case Reconciliation.Reconciled.Clean clean -> text = clean.copy();
				}
			}
		}
		Set<String> sections = sectionSlugs();
		text = currentSection(text, sections);
		FormProblems problems = CopyRules.check(text, sections);
		if (!problems.isEmpty()) {
			return new AgencyFiling(AgencyFiling.Result.INVALID, articleId == null ? 0 : articleId, latest,
					List.copyOf(problems.keys().values()));
		}
		Instant now = clock.instant();
		Instant held = embargo != null && embargo.isAfter(now) ? embargo : null;
		DeskAction action = article != null || !publish ? DeskAction.SAVE
				: held != null ? DeskAction.SCHEDULE : DeskAction.PUBLISH;
		Workflow.Step step = Workflow.next(article == null ? null : article.status(),
				article == null ? null : article.publishedAt(), action, held, now);
		Outcome.Done done = (Outcome.Done) write(null, agency, article, latest, text, action, step, note, null, null);
		if (article != null && article.status() == ArticleStatus.PUBLISHED) {
			newsdesk.markRevised(article.id());
		}
		return new AgencyFiling(AgencyFiling.Result.DONE, done.articleId(), done.revision(), List.of(),
				action == DeskAction.SCHEDULE ? held : null);
	}

	/**
	 * Takes down at once what the agency withdrew (IPTC pubStatus withheld or canceled):
	 * a published article is unpublished, a scheduled one goes back to draft, with
	 * {@code note} (why) on the revision, its author the agency. A draft stays a draft.
	 * @return the new revision's number, {@code 0} when nothing moved (a draft, or no
	 * such article)
	 */
	@Transactional
	public int withdrawAgencyCopy(long articleId, String agency, String note) {
		if (!newsdesk.hold(articleId)) {
			return 0;
		}
		DeskArticle article = ledger.find(articleId).orElseThrow();
		Workflow.Step step = Workflow.next(article.status(), article.publishedAt(), DeskAction.UNPUBLISH, null,
				clock.instant());
		if (!step.possible()) {
			return 0;
		}
		Outcome.Done done = (Outcome.Done) write(null, agency, article, revisions.latestNumber(articleId),
				copyOf(article), DeskAction.UNPUBLISH, step, note, null, null);
		return done.revision();
	}

	/**
	 * Records in the article's history what an archive moving in
	 * ({@code import-wordpress}, {@code import-ghost}) has just written over it, as every
	 * other change is: a revision whose author is the old platform (as an agency's copy
	 * is its agency's), no account, naming the fields that changed, so that the newsroom
	 * sees the overwrite and can restore its own text. Nothing when nothing changed. Call
	 * it in the transaction of the write, with the article held ({@link Newsdesk#hold})
	 * before it was read, once the article and its lead picture are written.
	 * @param before the article as it stood before the import wrote it
	 * @param leadChanged whether the import changed its lead picture, caption or credit
	 * @param platform the platform the archive comes from ({@code WordPress}), shown as
	 * the revision's author (at most 40 characters)
	 * @param note what the revision says (why it was written)
	 * @return the new revision's number, {@code 0} when nothing changed
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int recordImport(DeskArticle before, boolean leadChanged, String platform, @Nullable String note) {
		DeskArticle after = ledger.find(before.id()).orElseThrow();
		Copy stored = copyOf(after);
		List<String> changed = new ArrayList<>(changed(copyOf(before), stored));
		if (leadChanged) {
			changed.add(LEAD_FIELD);
		}
		if (changed.isEmpty() && after.status() == before.status()
				&& Objects.equals(after.publishedAt(), before.publishedAt())) {
			return 0;
		}
		int latest = revisions.latestNumber(before.id());
		if (latest == 0) {
			// Never changed since it came: the text it came with stays in the history.
			latest = keepAsItCame(before);
		}
		int number = latest + 1;
		revisions.insert(new Revision(before.id(), number, importAction(before.status(), after.status()), null,
				after.changedAt(), after.status(), after.publishedAt(), stored, changed, note, platform));
		return number;
	}

	/** The desk's action that moves an article as an import moved it. */
	private static DeskAction importAction(ArticleStatus from, ArticleStatus to) {
		if (from == to) {
			return DeskAction.SAVE;
		}
		return switch (to) {
			case PUBLISHED -> DeskAction.PUBLISH;
			case SCHEDULED -> DeskAction.SCHEDULE;
			case IN_REVIEW -> DeskAction.SUBMIT;
			case UNPUBLISHED -> DeskAction.UNPUBLISH;
			case DRAFT -> from == ArticleStatus.IN_REVIEW ? DeskAction.SAVE : DeskAction.UNPUBLISH;
		};
	}

	/**
	 * What {@link #fileAgencyCopy} did.
	 *
	 * @param articleId the article ({@code 0} when none was made)
	 * @param revision its new revision ({@code DONE}), else its latest
	 * @param details the clashing fields ({@code CONFLICT}, {@link Copy#fields()} names)
	 * or the problems' message keys ({@code INVALID})
	 * @param scheduledAt when a new article was filed scheduled under its embargo, that
	 * instant; {@code null} otherwise
	 */
	public record AgencyFiling(Result result, long articleId, int revision, List<String> details,
			@Nullable Instant scheduledAt) {

		public AgencyFiling {
			details = List.copyOf(details);
		}

		AgencyFiling(Result result, long articleId, int revision, List<String> details) {
			this(result, articleId, revision, details, null);
		}

		/** The kinds of outcome. */
		public enum Result {

			/** Written, as revision {@code revision}. */
			DONE,

			/** The newsroom changed the same paragraphs: nothing written. */
			CONFLICT,

			/** The copy breaks the desk's rules (too long a headline...). */
			INVALID,

			/** No such article any more. */
			MISSING

		}

	}

	/**
	 * The name a revision's list of changes gives to the lead picture part (its picture,
	 * caption or credit), beside {@link Copy#fields()} names.
	 */
	static final String LEAD_FIELD = "picture";

	/**
	 * Gives the article the lead picture part of the form (checked), and the picture its
	 * focal point; whether the article's picture, caption or credit changed.
	 */
	private boolean writeLead(long id, LeadPicture lead) {
		Long pictureId = lead.pictureId();
		if (pictureId != null) {
			Integer x = LeadPicture.focus(lead.focusX());
			Integer y = LeadPicture.focus(lead.focusY());
			if ((x != null || y != null) && focus.place(pictureId, x, y)) {
				// Every article showing it must write the new addresses.
				newsdesk.pictureChanged(pictureId);
			}
		}
		return newsdesk.setLead(id, pictureId, lead.caption(), lead.credit());
	}

	/** The article's text as the editor's form holds it. */
	public static Copy copyOf(DeskArticle a) {
		return new Copy(a.headline(), a.standfirst(), a.bodyMarkdown(), a.sectionSlug(), String.join(", ", a.tags()),
				a.byline(), a.source(), a.slug(), a.description());
	}

	/** The names of the fields that differ, in the form's order. */
	static List<String> changed(Copy before, Copy after) {
		Map<String, String> old = before.fields();
		List<String> names = new ArrayList<>();
		after.fields().forEach((name, value) -> {
			if (!value.equals(old.get(name))) {
				names.add(name);
			}
		});
		return names;
	}

	/**
	 * The instant {@code text} (an ISO local date-time such as {@code 2026-12-01T08:30})
	 * stands for in the site's zone; {@code null} when it is not one.
	 */
	/**
	 * Records an article that has no revision (an import, the demo content, a site moved
	 * in) as it came, as revision 1, before the desk first changes it: the text it came
	 * with can then be compared and restored, and a form opened before any revision (base
	 * {@code 0}) merges with someone else's save against that text instead of clashing in
	 * full.
	 * @return the revision's number, 1
	 */
	private int keepAsItCame(DeskArticle article) {
		revisions.insert(new Revision(article.id(), 1, DeskAction.IMPORTED, null, article.changedAt(), article.status(),
				article.publishedAt(), copyOf(article), List.of(), null));
		return 1;
	}

	/**
	 * Whether {@code publishAt} holds a time the person typed, not the one the editor
	 * showed (a scheduled article's time, to the minute): only « Programmer » keeps a
	 * time, so any other button given one would drop it without a word — an article
	 * published at once instead of at its hour, a schedule believed moved.
	 */
	private boolean timeTyped(@Nullable DeskArticle article, @Nullable String publishAt) {
		if (publishAt == null || publishAt.isBlank()) {
			return false;
		}
		Instant typed = localTime(publishAt);
		Instant shown = article == null || article.status() != ArticleStatus.SCHEDULED ? null : article.publishedAt();
		return typed == null || shown == null || !typed.equals(shown.truncatedTo(ChronoUnit.MINUTES));
	}

	@Nullable Instant localTime(String text) {
		try {
			return LocalDateTime.parse(text.strip()).atZone(site.timeZone()).toInstant();
		}
		catch (DateTimeException e) {
			return null;
		}
	}

	/**
	 * The copy filed in its section as the section is named now: a slug the section had
	 * before the editors renamed it (in a form opened before, an old revision restored, a
	 * wire source's default section) still names it, instead of being refused as no
	 * section.
	 * @param sections the slugs of the sections of now, as the check after it reads them
	 */
	private Copy currentSection(Copy copy, Set<String> sections) {
		String slug = copy.section();
		if (slug == null || slug.isBlank() || sections.contains(slug)) {
			return copy;
		}
		return ledger.sectionRenamedFrom(slug)
			.map(now -> new Copy(copy.headline(), copy.standfirst(), copy.body(), now, copy.tags(), copy.byline(),
					copy.source(), copy.slug(), copy.description()))
			.orElse(copy);
	}

	private Set<String> sectionSlugs() {
		return ledger.sections().stream().map(SectionRef::slug).collect(Collectors.toSet());
	}

	/** What came of an action. */
	public sealed interface Outcome {

		/**
		 * Done and recorded as revision {@code revision}.
		 *
		 * @param mergedFields the fields holding someone else's changes merged with the
		 * person's text (empty when nothing was merged), {@link Copy#fields()} names
		 * @param mergedWith the revision merged with, {@code 0} when none was
		 */
		record Done(long articleId, int revision, DeskAction action, List<String> mergedFields,
				int mergedWith) implements Outcome {

			public Done {
				mergedFields = List.copyOf(mergedFields);
			}

			/** Whether someone else's changes were merged in. */
			public boolean merged() {
				return mergedWith > 0;
			}

		}

		/** Not theirs to do: answered 403 with the reason (a message key). */
		record Refused(String messageKey) implements Outcome {
		}

		/** The form must be corrected: answered 422 with the form again. */
		record Invalid(FormProblems problems, Copy copy) implements Outcome {
		}

		/**
		 * Someone saved a newer revision meanwhile and the texts could not be merged:
		 * answered 409 with the clashes side by side and the merge's proposal (the
		 * person's text where it clashes) in the form, based on {@code theirs}.
		 */
		record Conflicted(CopyMerge.Conflict clashes, Revision theirs) implements Outcome {
		}

		/** No such article or revision: 404. */
		record Missing() implements Outcome {
		}

	}

}
