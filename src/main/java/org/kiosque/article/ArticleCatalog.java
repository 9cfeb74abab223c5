package org.kiosque.article;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.jspecify.annotations.Nullable;
import org.kiosque.web.Frame;
import org.kiosque.web.SectionDirectory;
import org.kiosque.site.CacheSettings;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The one published-article query. Pages, feeds, sitemaps, search results, the content
 * API and newsletters all read through it, so "what the public may see" is decided here.
 * <p>
 * Article pages are the hot path: articles are cached by slug for a short time
 * ({@code kiosque.cache.article-ttl}), dropped at once on this node when an article
 * changes, and after the TTL on the other nodes of a cluster.
 */
@Service
public class ArticleCatalog implements SectionDirectory {

	public static final int MAX_PAGE_SIZE = 100;

	private final ArticleRepository articles;

	private final ArticleArchive archive;

	private final CorrectionRepository corrections;

	private final Clock clock;

	private final PictureShelf pictures;

	private final Cache<String, Optional<PublishedArticle>> bySlug;

	private final Cache<String, List<SectionRef>> sections;

	private final Cache<Long, Optional<PublishedArticle>> byId;

	ArticleCatalog(ArticleRepository articles, ArticleArchive archive, CorrectionRepository corrections, Clock clock,
			CacheSettings cache, PictureShelf pictures) {
		Duration ttl = cache.articleTtl();
		this.pictures = pictures;
		this.articles = articles;
		this.archive = archive;
		this.corrections = corrections;
		this.clock = clock;
		this.bySlug = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(ttl).recordStats().build();
		this.sections = Caffeine.newBuilder().expireAfterWrite(ttl).build();
		this.byId = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(ttl).recordStats().build();
	}

	public Optional<PublishedArticle> bySlug(String slug) {
		return bySlug.get(slug, s -> articles.publishedBySlug(s, clock.instant()).map(this::whole));
	}

	public Optional<PublishedArticle> byId(long id) {
		// Slots under the article (comments, newsletter) ask for it on every view: cached
		// too.
		return byId.get(id, i -> articles.publishedById(i, clock.instant()).map(this::whole));
	}

	/**
	 * Published articles among {@code ids}, whole (body, tags and corrections), in the
	 * order of {@code ids}.
	 */
	public List<PublishedArticle> published(List<Long> ids) {
		Map<Long, List<TagRef>> tags = articles.tagsOf(ids);
		Map<Long, List<Correction>> corrected = corrections.of(ids);
		Map<Long, PublishedArticle> found = pictures.articles(articles.publishedByIds(ids, clock.instant()))
			.stream()
			.collect(Collectors.toMap(PublishedArticle::id, Function.identity()));
		return ids.stream()
			.map(found::get)
			.filter(java.util.Objects::nonNull)
			.map(a -> a.withTagsAndCorrections(tags.getOrDefault(a.id(), List.of()),
					corrected.getOrDefault(a.id(), List.of())))
			.toList();
	}

	/** Where an article known under an old slug lives now. */
	public Optional<String> renamedSlug(String oldSlug) {
		return articles.renamedSlug(oldSlug);
	}

	/** Whether the article at {@code slug} was unpublished (its page answers 410). */
	boolean isWithdrawn(String slug) {
		return articles.isWithdrawn(slug);
	}

	/**
	 * The latest published articles, optionally in one section or with one tag; page
	 * numbers start at 1 (below 1 is page 1), sizes are held between 1 and
	 * {@value #MAX_PAGE_SIZE}. Any page number is safe: past the end is an empty page.
	 */
	public ArticlePage latest(@Nullable String sectionSlug, @Nullable String tagSlug, int page, int size) {
		int safeSize = Math.clamp(size, 1, MAX_PAGE_SIZE);
		int safePage = Math.max(1, page);
		// In long: page 178 956 972 of 12 is past the end of an int, not a negative
		// offset.
		long offset = (long) (safePage - 1) * safeSize;
		List<ArticleTeaser> rows = pictures
			.teasers(articles.latest(clock.instant(), sectionSlug, tagSlug, offset, safeSize + 1));
		boolean hasNext = rows.size() > safeSize;
		return new ArticlePage(hasNext ? rows.subList(0, safeSize) : rows, safePage, safeSize, hasNext);
	}

	/** Published articles among {@code ids}, in the order of {@code ids}. */
	public List<ArticleTeaser> teasers(List<Long> ids) {
		Map<Long, ArticleTeaser> found = pictures.teasers(articles.teasers(ids, clock.instant()))
			.stream()
			.collect(Collectors.toMap(ArticleTeaser::id, Function.identity()));
		return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
	}

	/**
	 * Articles published after {@code from} up to now, newest first: newsletter editions,
	 * feeds.
	 */
	public List<ArticleTeaser> publishedSince(Instant from) {
		return pictures.teasers(articles.publishedBetween(from, clock.instant()));
	}

	public Map<Long, List<TagRef>> tags(Collection<Long> ids) {
		return articles.tagsOf(ids);
	}

	public Optional<SectionRef> section(String slug) {
		return articles.section(slug);
	}

	public Optional<TagRef> tag(String slug) {
		return articles.tag(slug);
	}

	public List<SectionRef> sections() {
		return sections.get("all", k -> articles.sections());
	}

	/** Months (UTC) that hold published articles, oldest first: sitemaps. */
	public List<ArchiveMonth> archiveMonths() {
		return archive.months(clock.instant());
	}

	/**
	 * Streams the published articles of one month (UTC) to {@code each}, oldest first:
	 * from the {@code skip}-th, at most {@code limit}. Nothing is gathered in memory, so
	 * a sitemap of 50 000 articles costs no more than its output.
	 */
	public void eachPublishedIn(YearMonth month, long skip, int limit, Consumer<ArchiveEntry> each) {
		archive.each(month, clock.instant(), skip, limit, each);
	}

	public long countPublished() {
		return articles.countPublished(clock.instant());
	}

	@Override
	public List<Frame.Section> navigation() {
		return sections().stream().map(s -> new Frame.Section(s.name(), s.path())).toList();
	}

	/** Forgets every article read, after a change ({@link ArticleCaches}). */
	void forget() {
		// Slugs may have changed too, so the whole (small) cache goes rather than one
		// entry.
		bySlug.invalidateAll();
		byId.invalidateAll();
		sections.invalidateAll();
	}

	/** Forgets the sections, after one was added ({@link ArticleCaches}). */
	void forgetSections() {
		sections.invalidateAll();
	}

	/**
	 * The article with its tags and corrections: two small indexed queries, made once per
	 * article until the caches drop it.
	 */
	private PublishedArticle whole(PublishedArticle a) {
		List<Long> id = List.of(a.id());
		return pictures.article(a)
			.withTagsAndCorrections(articles.tagsOf(id).getOrDefault(a.id(), List.of()),
					corrections.of(id).getOrDefault(a.id(), List.of()));
	}

}
