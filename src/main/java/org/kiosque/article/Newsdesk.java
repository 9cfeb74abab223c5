package org.kiosque.article;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.CleanText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes articles: create, edit, schedule, publish. Every write that changes what the
 * public sees announces it ({@link ArticleChanged}, {@link SectionAdded}). Scheduled
 * articles are published when their time comes by {@link PublicationSchedule}.
 */
@Service
public class Newsdesk {

	private final ArticleRepository articles;

	private final BodyRenderer body;

	private final ReadCounter reads;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Newsdesk(ArticleRepository articles, BodyRenderer body, ReadCounter reads, ApplicationEventPublisher events,
			Clock clock) {
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
		events.publishEvent(new ArticleChanged(id));
		return new Written(id, slug);
	}

	/**
	 * Edits an article. A new headline gives a new slug; the old one keeps working by
	 * redirect.
	 */
	@Transactional
	public Written update(long id, ArticleDraft draft) {
		ArticleDraft checked = checked(draft);
		ArticleRepository.StoredArticle before = articles.stored(id)
			.orElseThrow(() -> new IllegalArgumentException("No article " + id));
		String slug = before.slug();
		String wanted = Slugs.of(checked.headline());
		if (!wanted.equals(slug) && !slug.startsWith(wanted + "-")) {
			slug = freeSlug(wanted);
			articles.rememberOldSlug(before.slug(), id);
		}
		articles.update(id, slug, checked, body.html(checked.bodyMarkdown()), sectionId(checked.sectionSlug()),
				clock.instant());
		articles.replaceTags(id, tagRefs(checked.tags()));
		events.publishEvent(new ArticleChanged(id));
		return new Written(id, slug);
	}

	/** Creates a section if it does not exist yet; returns its slug. */
	@Transactional
	public String ensureSection(String submittedName, int position) {
		String name = CleanText.line(submittedName);
		String slug = Slugs.of(name);
		if (articles.section(slug).isEmpty()) {
			articles.createSection(slug, name, position);
			events.publishEvent(new SectionAdded(slug));
		}
		return slug;
	}

	public record Written(long id, String slug) {
		public String path() {
			return PublishedArticle.pathOf(slug);
		}
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
		LeadImage image = d.image() == null ? new LeadImage(null, null, null)
				: new LeadImage(CleanText.lineOrNull(d.image().url()), CleanText.linesOrNull(d.image().caption()),
						CleanText.lineOrNull(d.image().credit()));
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

}
