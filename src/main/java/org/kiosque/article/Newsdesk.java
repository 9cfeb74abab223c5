package org.kiosque.article;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.CleanText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes articles: create, edit, schedule, publish, embargo. Every write that changes
 * what the public sees announces it ({@link ArticleChanged}, {@link SectionAdded}).
 * Scheduled articles are published when their time comes by {@link PublicationSchedule}.
 * <p>
 * Embargoes ({@link #embargo}) are kept here, for every writer: an embargoed article is
 * never public, nor scheduled, before its embargo. A person's write that would break it
 * is refused ({@link EmbargoRefused}); an import's "publish" is held to the embargo (the
 * article is scheduled at its instant). The table's check {@code article_embargo_kept}
 * stands under both. See {@code docs/embargoes.md}.
 */
@Service
public class Newsdesk {

	private final ArticleRepository articles;

	private final BodyRenderer body;

	private final ReadCounter reads;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Announcements announcements;

	Newsdesk(ArticleRepository articles, BodyRenderer body, ReadCounter reads, ApplicationEventPublisher events,
			Clock clock, Announcements announcements) {
		this.announcements = announcements;
		this.articles = articles;
		this.body = body;
		this.reads = reads;
		this.events = events;
		this.clock = clock;
	}

	/** The article already made from this dispatch, if any. */
	public Optional<Long> articleForDispatch(String dispatchKey) {
		return articles.idByDispatchKey(dispatchKey);
	}

	/** Creates an article; returns its id and slug. */
	@Transactional
	public Written create(ArticleDraft draft, long startingReads) {
		ArticleDraft checked = checked(draft);
		Instant now = clock.instant();
		String slug = freeSlug(Slugs.of(checked.headline()));
		long id = articles.insert(slug, checked, body.html(checked.bodyMarkdown()), sectionId(checked.sectionSlug()),
				now);
		articles.replaceTags(id, tagRefs(checked.tags()));
		reads.startAt(id, startingReads);
		announcements.changed(id);
		return new Written(id, slug);
	}

	/**
	 * Edits an article. A new headline gives a new slug; the old one keeps working by
	 * redirect. An embargoed article asked to be published (or scheduled) before its
	 * embargo is scheduled at the embargo's instant instead.
	 */
	@Transactional
	public Written update(long id, ArticleDraft draft) {
		ArticleRepository.StoredArticle before = articles.stored(id)
			.orElseThrow(() -> new IllegalArgumentException("No article " + id));
		ArticleDraft checked = heldToEmbargo(checked(draft), before.embargoUntil());
		String slug = before.slug();
		String wanted = Slugs.of(checked.headline());
		if (!wanted.equals(slug) && !slug.startsWith(wanted + "-")) {
			slug = freeSlug(wanted);
			articles.rememberOldSlug(before.slug(), id);
		}
		articles.update(id, slug, checked, body.html(checked.bodyMarkdown()), sectionId(checked.sectionSlug()),
				clock.instant());
		articles.replaceTags(id, tagRefs(checked.tags()));
		announcements.changed(id);
		return new Written(id, slug);
	}

	/**
	 * Creates an article from the newsroom's desk, its author the one writing. Its
	 * address is the slug asked for, else one made from the headline; a number is added
	 * when another article has it.
	 * @throws IllegalArgumentException with no headline, or an unknown section
	 */
	@Transactional
	public Written create(ArticleEdit edit) {
		ArticleEdit checked = checked(edit);
		Instant now = clock.instant();
		String wanted = blank(checked.slug()) ? Slugs.of(checked.headline()) : Slugs.of(checked.slug());
		String slug = freeSlug(wanted);
		long id = articles.insertEdit(slug, checked, body.html(checked.bodyMarkdown()),
				sectionId(checked.sectionSlug()), now);
		articles.replaceTags(id, tagRefs(checked.tags()));
		if (checked.status() == ArticleStatus.PUBLISHED) {
			announcements.changed(id);
		}
		return new Written(id, slug);
	}

	/**
	 * {@link #create(ArticleEdit)} for an article that was read elsewhere before: its
	 * read counter opens at {@code startingReads} (an archive moving in keeps its
	 * counts).
	 */
	@Transactional
	public Written create(ArticleEdit edit, long startingReads) {
		Written written = create(edit);
		if (startingReads > 0) {
			reads.startAt(written.id(), startingReads);
		}
		return written;
	}

	/** The article's slug (its address's last segment); empty for no such article. */
	public Optional<String> slug(long id) {
		return articles.stored(id).map(ArticleRepository.StoredArticle::slug);
	}

	/**
	 * Adds {@code more} reads counted elsewhere to the article's count (a newer export of
	 * the site the newspaper moved from): what was counted here since stays.
	 */
	@Transactional
	public void addReads(long id, long more) {
		if (more > 0) {
			reads.startAt(id, reads.total(id) + more);
		}
	}

	/**
	 * Writes the newsroom desk's edit of an article. The address never follows the
	 * headline of an article that has been public: it changes only when the editor asks
	 * for another slug, and the old address then answers with a permanent redirect. Until
	 * the article is first published, a slug nobody chose follows the headline.
	 * <p>
	 * Whatever changes a public article (edited, published, unpublished) is announced
	 * ({@link ArticleChanged}), so that page copies, feeds, sitemaps and search drop it
	 * once the change is committed.
	 * @throws IllegalArgumentException for an unknown article or section, or no headline
	 * @throws EmbargoRefused when the edit would publish or schedule the article before
	 * its embargo
	 */
	@Transactional
	public Written revise(long id, ArticleEdit edit) {
		return revise(articles.onDesk(id).orElseThrow(() -> new IllegalArgumentException("No article " + id)), edit);
	}

	/**
	 * {@link #revise(long, ArticleEdit)} of an article the caller has just read, held
	 * ({@link #hold}) in its transaction: saves reading it again.
	 */
	@Transactional
	public Written revise(DeskArticle before, ArticleEdit edit) {
		long id = before.id();
		ArticleEdit checked = checked(edit);
		Instant until = before.embargoUntil();
		if (until != null && breaks(checked.status(), checked.publishedAt(), until)) {
			if (until.isAfter(clock.instant())) {
				throw new EmbargoRefused(id, until);
			}
			// Its embargo has passed: public, but never dated before it.
			checked = new ArticleEdit(checked.headline(), checked.standfirst(), checked.bodyMarkdown(),
					checked.sectionSlug(), checked.tags(), checked.byline(), checked.source(), checked.slug(),
					checked.description(), checked.status(), until, checked.by());
		}
		String slug = slugAfter(before, checked);
		if (!slug.equals(before.slug())) {
			articles.forgetOldSlug(slug, id);
			if (before.status().hasBeenPublic()) {
				articles.rememberOldSlug(before.slug(), id);
			}
		}
		articles.updateEdit(id, slug, checked, body.html(checked.bodyMarkdown()), sectionId(checked.sectionSlug()),
				clock.instant());
		List<TagRef> tags = tagRefs(checked.tags());
		if (!sameTags(before.tags(), tags)) {
			articles.replaceTags(id, tags);
		}
		if (before.status() == ArticleStatus.PUBLISHED || checked.status() == ArticleStatus.PUBLISHED) {
			announcements.changed(id);
		}
		return new Written(id, slug);
	}

	/**
	 * Holds the article until the caller's transaction ends, so that two writes to it
	 * take turns and the second sees what the first wrote; false when there is no such
	 * article. Must be called inside a transaction.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public boolean hold(long id) {
		return articles.lock(id);
	}

	/**
	 * Sets or lifts an article's embargo: the first instant it may be public (an agency's
	 * {@code embargoed}, NewsML-G2 and ninjs). Under an embargo still to come the article
	 * cannot be published by anyone (the desk, an import, the API) nor scheduled before
	 * it; an article already published or scheduled before it is scheduled at its
	 * instant, so that one asked to be published goes out then, once
	 * ({@link PublicationSchedule}). An article public until now is taken off every
	 * channel ({@link ArticleChanged}). Lifting ({@code null}) leaves the status and time
	 * as they are: a scheduled article goes out at its time, a draft stays a draft. Joins
	 * the caller's transaction (call it in the one that creates an agency's article to
	 * have it never public).
	 * @param until the embargo's instant; {@code null} lifts it; one already past is kept
	 * (shown in the newsroom) and only keeps the publication time from preceding it
	 * @throws IllegalArgumentException for no such article
	 */
	@Transactional
	public void embargo(long articleId, @Nullable Instant until) {
		if (!articles.lock(articleId)) {
			throw new IllegalArgumentException("No article " + articleId);
		}
		ArticleRepository.StoredArticle before = articles.stored(articleId).orElseThrow();
		Instant now = clock.instant();
		ArticleStatus status = before.status();
		Instant publishedAt = before.publishedAt();
		if (until != null && breaks(status, publishedAt, until)) {
			status = until.isAfter(now) ? ArticleStatus.SCHEDULED : status;
			publishedAt = until;
		}
		articles.embargo(articleId, until, status, publishedAt, now);
		if (before.status() == ArticleStatus.PUBLISHED) {
			announcements.changed(articleId);
		}
	}

	/**
	 * Sets the article's editor's note (an agency's {@code edNote}: "not for
	 * publication", "corrects the date"...), shown in the newsroom only, never on the
	 * site; blank removes it. Control characters are taken out; at most
	 * {@value #NOTE_LENGTH} characters are kept.
	 * @throws IllegalArgumentException for no such article
	 */
	@Transactional
	public void editorsNote(long articleId, @Nullable String note) {
		if (!articles.lock(articleId)) {
			throw new IllegalArgumentException("No article " + articleId);
		}
		String clean = blankToNull(CleanText.linesOrNull(note));
		if (clean != null && clean.length() > NOTE_LENGTH) {
			clean = clean.substring(0, NOTE_LENGTH - 1) + "…";
		}
		articles.editorsNote(articleId, clean);
	}

	/** The longest editor's note kept, in characters (the column's size). */
	public static final int NOTE_LENGTH = 4000;

	/**
	 * Whether an article of this status and publication time would break an embargo until
	 * {@code until}: public or scheduled with no time, or a time before it. The one rule,
	 * as the table's check {@code article_embargo_kept} has it.
	 */
	private static boolean breaks(ArticleStatus status, @Nullable Instant publishedAt, Instant until) {
		return (status == ArticleStatus.PUBLISHED || status == ArticleStatus.SCHEDULED)
				&& (publishedAt == null || publishedAt.isBefore(until));
	}

	/**
	 * An import's draft under the article's embargo: asked to be public (or scheduled)
	 * before it, it is scheduled at the embargo's instant; once the embargo has passed,
	 * public but dated no earlier than it.
	 */
	private ArticleDraft heldToEmbargo(ArticleDraft draft, @Nullable Instant until) {
		if (until == null || !breaks(draft.status(), draft.publishedAt(), until)) {
			return draft;
		}
		ArticleStatus status = until.isAfter(clock.instant()) ? ArticleStatus.SCHEDULED : draft.status();
		return new ArticleDraft(draft.headline(), draft.standfirst(), draft.bodyMarkdown(), draft.sectionSlug(),
				draft.tags(), draft.byline(), draft.source(), draft.image(), status, until, true, draft.dispatchKey());
	}

	/** Creates a section if it does not exist yet; returns its slug. */
	@Transactional
	public String ensureSection(String submittedName, int position) {
		String name = CleanText.line(submittedName);
		Optional<SectionRef> existing = sectionNamed(name);
		if (existing.isPresent()) {
			return existing.get().slug();
		}
		String slug = Slugs.of(name);
		articles.createSection(slug, name, position);
		events.publishEvent(new SectionAdded(slug));
		return slug;
	}

	/**
	 * The section {@link #ensureSection} files {@code name} into without creating one:
	 * the section of that name's slug, or the one the editors renamed from it (under its
	 * name of now); empty when {@link #ensureSection} would create it.
	 */
	public Optional<SectionRef> sectionNamed(String name) {
		String slug = Slugs.of(CleanText.line(name));
		Optional<String> renamed = articles.renamedSectionSlug(slug);
		// Renamed by the editors since: an import files into it under its new name.
		return articles.section(renamed.orElse(slug));
	}

	public record Written(long id, String slug) {
		public String path() {
			return PublishedArticle.pathOf(slug);
		}
	}

	/**
	 * The address after an edit: the one asked for when it differs; else, for an article
	 * never public whose slug still follows its headline (or was left blank), the new
	 * headline's; else the current one.
	 */
	private String slugAfter(DeskArticle before, ArticleEdit edit) {
		String current = before.slug();
		String asked = blank(edit.slug()) ? "" : Slugs.of(edit.slug());
		if (!asked.isEmpty() && !asked.equals(current)) {
			return freeSlug(asked, before.id());
		}
		if (before.status().hasBeenPublic() || !(asked.isEmpty() || follows(current, before.headline()))) {
			return current;
		}
		String wanted = Slugs.of(edit.headline());
		return follows(current, edit.headline()) ? current : freeSlug(wanted, before.id());
	}

	/** Whether {@code slug} is the headline's own, perhaps with a number added. */
	private static boolean follows(String slug, String headline) {
		String base = Slugs.of(headline);
		return slug.equals(base)
				|| (slug.startsWith(base + "-") && slug.substring(base.length() + 1).matches("[0-9]+"));
	}

	private ArticleEdit checked(ArticleEdit submitted) {
		String headline = CleanText.line(submitted.headline()).strip();
		if (headline.isEmpty()) {
			throw new IllegalArgumentException("An article needs a headline");
		}
		Instant publishedAt = submitted.status() == ArticleStatus.PUBLISHED && submitted.publishedAt() == null
				? clock.instant() : submitted.publishedAt();
		return new ArticleEdit(headline, CleanText.linesOrNull(blankToNull(submitted.standfirst())),
				CleanText.lines(submitted.bodyMarkdown()), blankToNull(CleanText.lineOrNull(submitted.sectionSlug())),
				submitted.tags().stream().map(CleanText::lineOrNull).filter(t -> !blank(t)).toList(),
				blankToNull(CleanText.lineOrNull(submitted.byline())),
				blankToNull(CleanText.lineOrNull(submitted.source())),
				blankToNull(CleanText.lineOrNull(submitted.slug())),
				blankToNull(CleanText.linesOrNull(submitted.description())), submitted.status(), publishedAt,
				submitted.by());
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return blank(text) ? null : text.strip();
	}

	private ArticleDraft checked(ArticleDraft submitted) {
		ArticleDraft draft = cleaned(submitted);
		if (draft.headline() == null || draft.headline().isBlank()) {
			throw new IllegalArgumentException("An article needs a headline");
		}
		if (draft.status() != ArticleStatus.DRAFT && draft.publishedAt() == null) {
			return new ArticleDraft(draft.headline().strip(), draft.standfirst(), draft.bodyMarkdown(),
					draft.sectionSlug(), draft.tags(), draft.byline(), draft.source(), draft.image(), draft.status(),
					clock.instant(), draft.timeKnown(), draft.dispatchKey());
		}
		return draft;
	}

	/**
	 * Every path that writes an article (forms, imports, commands) comes through here, so
	 * this is where characters that XML refuses are taken out for good (see
	 * {@link CleanText}).
	 */
	private static ArticleDraft cleaned(ArticleDraft d) {
		LeadImage image = d.image() == null ? LeadImage.none()
				: new LeadImage(CleanText.lineOrNull(d.image().url()), CleanText.linesOrNull(d.image().caption()),
						CleanText.lineOrNull(d.image().credit()), d.image().pictureId(), null, false);
		return new ArticleDraft(d.headline() == null ? null : CleanText.line(d.headline()),
				CleanText.linesOrNull(d.standfirst()), CleanText.lines(d.bodyMarkdown()),
				CleanText.lineOrNull(d.sectionSlug()), d.tags().stream().map(CleanText::lineOrNull).toList(),
				CleanText.lineOrNull(d.byline()), CleanText.lineOrNull(d.source()), image, d.status(), d.publishedAt(),
				d.timeKnown(), d.dispatchKey());
	}

	private @Nullable Long sectionId(@Nullable String sectionSlug) {
		if (sectionSlug == null || sectionSlug.isBlank()) {
			return null;
		}
		return articles.section(sectionSlug)
			.map(SectionRef::id)
			.orElseThrow(() -> new IllegalArgumentException("No section " + sectionSlug));
	}

	private String freeSlug(String base) {
		String slug = base;
		for (int n = 2; articles.slugTaken(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	/**
	 * {@code base}, or {@code base-2}, {@code base-3}... the first no other article has.
	 */
	private String freeSlug(String base, long articleId) {
		String slug = base;
		for (int n = 2; articles.slugTakenByOther(slug, articleId); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	/**
	 * Whether the article's tags (names) are {@code after} already: a tag is one by its
	 * slug, so the same slugs are the same rows of {@code article_tag}.
	 */
	private static boolean sameTags(List<String> before, List<TagRef> after) {
		return tagRefs(before).stream()
			.map(TagRef::slug)
			.collect(Collectors.toSet())
			.equals(after.stream().map(TagRef::slug).collect(Collectors.toSet()));
	}

	private static List<TagRef> tagRefs(List<String> names) {
		LinkedHashMap<String, TagRef> unique = new LinkedHashMap<>();
		for (String name : names) {
			if (name != null && !name.isBlank()) {
				TagRef tag = new TagRef(Slugs.of(name), name.strip());
				unique.putIfAbsent(tag.slug(), tag);
			}
		}
		return List.copyOf(unique.values());
	}

	/**
	 * Sets the article's lead picture (from the media library; {@code null} for none) and
	 * the caption and credit of this use, blank ones stored as none. Joins the caller's
	 * transaction; announces the change when the article is public.
	 * @return whether anything changed
	 * @throws IllegalArgumentException for no such article
	 */
	@Transactional
	public boolean setLead(long id, @Nullable Long pictureId, @Nullable String caption, @Nullable String credit) {
		LeadImage before = articles.lead(id).orElseThrow(() -> new IllegalArgumentException("No article " + id));
		String cleanCaption = blankToNull(CleanText.linesOrNull(caption));
		String cleanCredit = blankToNull(CleanText.lineOrNull(credit));
		if (java.util.Objects.equals(before.pictureId(), pictureId)
				&& java.util.Objects.equals(before.caption(), cleanCaption)
				&& java.util.Objects.equals(before.credit(), cleanCredit)) {
			return false;
		}
		articles.updateLead(id, pictureId, cleanCaption, cleanCredit);
		events.publishEvent(new ArticleChanged(id));
		return true;
	}

	/**
	 * Tells that a library picture changed what its renditions show (its focal point):
	 * every article leading with it is announced changed, so that its pages write the new
	 * addresses once the change is committed.
	 */
	public void pictureChanged(long pictureId) {
		for (ArticleRepository.PictureUse use : articles.usesOf(pictureId)) {
			events.publishEvent(new ArticleChanged(use.articleId()));
		}
	}

	/**
	 * The article's lead image as stored: its library picture's id, caption and credit
	 * (the picture itself not read); empty for no such article.
	 */
	public Optional<LeadImage> lead(long id) {
		return articles.lead(id);
	}

	/**
	 * Tells readers that a published article was revised: its visible modification time
	 * moves to now ("Mis à jour le" on its page, JSON-LD {@code dateModified}, Atom
	 * {@code updated}, sitemap {@code lastmod}). For an edit of an article that was
	 * already published before it and that the editor did not mark as minor; a minor fix
	 * does not call it and changes nothing visible but the text. Joins the caller's
	 * transaction, so call it after {@link #update} in the same one.
	 * @return false, changing nothing, when the article is not published and visible now
	 * (a draft, scheduled, or no such article): a first publication is no revision
	 */
	@Transactional
	public boolean markRevised(long id) {
		if (!articles.markModified(id, clock.instant())) {
			return false;
		}
		announcements.changed(id);
		return true;
	}

}
