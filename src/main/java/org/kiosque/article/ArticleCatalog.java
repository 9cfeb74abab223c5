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
import java.util.concurrent.atomic.AtomicLong;
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

	private final SectionTagRepository directory;

	private final Cache<Long, Optional<Long>> authors;

	private final Cache<Long, Optional<PublishedArticle>> byId;

	private final Cache<Long, List<ArticleTeaser>> related;

	/** How many times {@link #forget} ran: a read begun before one is not kept. */
	private final AtomicLong generation = new AtomicLong();

	/** How many articles "À lire aussi" lists. */
	static final int RELATED = 4;

	/**
	 * How many of each tag's latest articles "À lire aussi" chooses among: a bound, so
	 * that a tag of thousands costs what a tag of ten does.
	 */
	static final int SAME_TAG_CANDIDATES = 50;

	/**
	 * The deepest page number a listing still answers by counting ({@code ?page=N}, the
	 * addresses before keyset paging): {@value} pages of 12 skip at most 1 188 rows of an
	 * index. Deeper pages are reached by keyset ({@link #older}).
	 */
	public static final int MAX_COUNTED_PAGE = 100;

	ArticleCatalog(ArticleRepository articles, ArticleArchive archive, CorrectionRepository corrections, Clock clock,
			CacheSettings cache, SectionTagRepository directory, PictureShelf pictures) {
		Duration ttl = cache.articleTtl();
		this.pictures = pictures;
		this.articles = articles;
		this.archive = archive;
		this.corrections = corrections;
		this.clock = clock;
		this.bySlug = Caffeine.newBuilder().maximumSize(cache.articles()).expireAfterWrite(ttl).recordStats().build();
		this.directory = directory;
		this.authors = Caffeine.newBuilder().maximumSize(cache.articles()).expireAfterWrite(ttl).build();
		this.byId = Caffeine.newBuilder().maximumSize(cache.articles()).expireAfterWrite(ttl).recordStats().build();
		this.related = Caffeine.newBuilder().maximumSize(cache.articles()).expireAfterWrite(ttl).build();
	}

	/**
	 * "À lire aussi": up to {@value #RELATED} published articles that share a tag or the
	 * section with {@code article}, the newest first. Two indexed queries (by tag, by
	 * section) of a few rows each, merged; kept with the article itself, and dropped with
	 * it when anything changes.
	 */
	public List<ArticleTeaser> related(PublishedArticle article) {
		return cached(related, article.id(), id -> {
			Instant now = clock.instant();
			Map<Long, ArticleTeaser> found = new java.util.LinkedHashMap<>();
			articles.sameTags(id, now, SAME_TAG_CANDIDATES, RELATED).forEach(t -> found.put(t.id(), t));
			if (article.section() != null) {
				articles.sameSection(id, article.section().id(), now, RELATED)
					.forEach(t -> found.putIfAbsent(t.id(), t));
			}
			return found.values()
				.stream()
				.sorted(java.util.Comparator.comparing(ArticleTeaser::publishedAt)
					.thenComparing(ArticleTeaser::id)
					.reversed())
				.limit(RELATED)
				.toList();
		});
	}

	public Optional<PublishedArticle> bySlug(String slug) {
		return cached(bySlug, slug, s -> articles.publishedBySlug(s, clock.instant()).map(this::whole));
	}

	public Optional<PublishedArticle> byId(long id) {
		// Slots under the article (comments, newsletter) ask for it on every view: cached
		// too.
		return cached(byId, id, i -> articles.publishedById(i, clock.instant()).map(this::whole));
	}

	/**
	 * Published articles among {@code ids}, whole (body, tags and corrections), in the
	 * order of {@code ids}.
	 */
	public List<PublishedArticle> published(List<Long> ids) {
		Map<Long, PublishedArticle> found = articles.publishedByIds(ids, clock.instant())
			.stream()
			.collect(Collectors.toMap(PublishedArticle::id, Function.identity()));
		return whole(ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList(), articles.tagsOf(ids),
				corrections.of(ids));
	}

	/**
	 * The next stretch of the archive after {@code afterId}: the {@code limit} ids that
	 * follow it, and among them the published articles, whole, in id order. A walk over
	 * the whole archive by key (the search index's rebuild) starts at 0 and goes on from
	 * each stretch's {@link ArchiveStretch#lastId()} until a stretch is
	 * {@link ArchiveStretch#end()}; each row is read once, at the same cost at the
	 * millionth article as at the first. Four queries a stretch whatever {@code limit}:
	 * the ids, the articles, their tags and their corrections, the last three by the
	 * range of ids, never by a list of them.
	 */
	public ArchiveStretch publishedAfter(long afterId, int limit) {
		long last = articles.lastIdOfNext(afterId, limit);
		if (last == afterId) {
			return new ArchiveStretch(afterId, afterId, List.of());
		}
		List<PublishedArticle> found = articles.publishedInStretch(afterId, last, clock.instant());
		return new ArchiveStretch(afterId, last, found.isEmpty() ? found
				: whole(found, articles.tagsBetween(afterId, last), corrections.between(afterId, last)));
	}

	/** The articles with their pictures, tags and corrections, in the same order. */
	private List<PublishedArticle> whole(List<PublishedArticle> found, Map<Long, List<TagRef>> tags,
			Map<Long, List<Correction>> corrected) {
		return pictures.articles(found)
			.stream()
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
	 * The latest published articles, optionally in one section or with one tag: as
	 * {@link #latest(Selection, int, int)}.
	 */
	public ArticlePage latest(@Nullable String sectionSlug, @Nullable String tagSlug, int page, int size) {
		return latest(Selection.of(sectionSlug, tagSlug), page, size);
	}

	/**
	 * The latest published articles of {@code selection}; page numbers start at 1 (below
	 * 1 is page 1), sizes are held between 1 and {@value #MAX_PAGE_SIZE}. What the
	 * database skips to reach a page grows with its number: public addresses stop at
	 * {@value #MAX_COUNTED_PAGE} and go deeper by keyset ({@link #older}), as should any
	 * walk through the whole archive.
	 */
	public ArticlePage latest(Selection selection, int page, int size) {
		int safeSize = Math.clamp(size, 1, MAX_PAGE_SIZE);
		int safePage = Math.max(1, page);
		long offset = (long) (safePage - 1) * safeSize;
		List<ArticleTeaser> rows = pictures
			.teasers(articles.latest(clock.instant(), selection, null, null, offset, safeSize + 1));
		boolean hasNext = rows.size() > safeSize;
		return new ArticlePage(hasNext ? rows.subList(0, safeSize) : rows, safePage, safeSize, hasNext, safePage > 1);
	}

	/**
	 * The published articles older than {@code keyset}, optionally in one section or with
	 * one tag: as {@link #older(Selection, Keyset, int)}.
	 */
	public ArticlePage older(@Nullable String sectionSlug, @Nullable String tagSlug, Keyset keyset, int size) {
		return older(Selection.of(sectionSlug, tagSlug), keyset, size);
	}

	/**
	 * The {@code size} latest published articles of {@code selection} older than
	 * {@code keyset} (in the order of {@link #latest}): a seek in an index, whatever the
	 * depth. The page's number is 0 (unknown).
	 */
	public ArticlePage older(Selection selection, Keyset keyset, int size) {
		int safeSize = Math.clamp(size, 1, MAX_PAGE_SIZE);
		List<ArticleTeaser> rows = pictures
			.teasers(articles.latest(clock.instant(), selection, keyset, null, 0, safeSize + 1));
		boolean hasNext = rows.size() > safeSize;
		return new ArticlePage(hasNext ? rows.subList(0, safeSize) : rows, 0, safeSize, hasNext, true);
	}

	/**
	 * The published articles just newer than {@code keyset}, optionally in one section or
	 * with one tag: as {@link #newer(Selection, Keyset, int)}.
	 */
	public ArticlePage newer(@Nullable String sectionSlug, @Nullable String tagSlug, Keyset keyset, int size) {
		return newer(Selection.of(sectionSlug, tagSlug), keyset, size);
	}

	/**
	 * The {@code size} published articles of {@code selection} just newer than
	 * {@code keyset}, newest first (the page before one that starts at {@code keyset});
	 * {@code hasPrevious} says whether still newer ones exist. The page's number is 0
	 * (unknown).
	 */
	public ArticlePage newer(Selection selection, Keyset keyset, int size) {
		int safeSize = Math.clamp(size, 1, MAX_PAGE_SIZE);
		List<ArticleTeaser> rows = pictures
			.teasers(articles.latest(clock.instant(), selection, null, keyset, 0, safeSize + 1));
		boolean hasPrevious = rows.size() > safeSize;
		return new ArticlePage(hasPrevious ? rows.subList(1, rows.size()) : rows, 0, safeSize, true, hasPrevious);
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

	/**
	 * The sections the navigation shows (hidden ones are left out), in the editors'
	 * order. Read anew on every call, not cached: a page is made at most once a second
	 * per node for strangers (page copies), and an editor's change then shows at once on
	 * every node, not after {@code kiosque.cache.article-ttl}.
	 */
	public List<SectionRef> sections() {
		return directory.visibleSections();
	}

	/** A section with its description, hidden or not: its page. */
	public Optional<SectionEntry> sectionEntry(String slug) {
		return directory.section(slug);
	}

	/** A tag with its description: its page. */
	public Optional<TagEntry> tagEntry(String slug) {
		return directory.tag(slug);
	}

	/** Where a section known under an old slug lives now. */
	public Optional<String> sectionMovedTo(String oldSlug) {
		return directory.renamedSlug(SectionTagRepository.Kind.SECTION, oldSlug);
	}

	/**
	 * Where a tag known under an old slug (renamed, or merged into another) lives now.
	 */
	public Optional<String> tagMovedTo(String oldSlug) {
		return directory.renamedSlug(SectionTagRepository.Kind.TAG, oldSlug);
	}

	/**
	 * The account that wrote article {@code articleId}, if any (none for agency copy).
	 */
	public Optional<Long> authorOf(long articleId) {
		// Asked for each article page made (the byline's link): cached as articles are.
		return cached(authors, articleId, articles::authorOf);
	}

	/** Months (UTC) that hold published articles, oldest first: sitemaps. */
	public List<ArchiveMonth> archiveMonths() {
		return archive.months(clock.instant());
	}

	/**
	 * Streams the published articles of one month (UTC) to {@code each}, oldest first:
	 * from the {@code skip}-th, at most {@code limit}; how many there were. Nothing is
	 * gathered in memory, so a sitemap file costs no more than its output.
	 */
	public int eachPublishedIn(YearMonth month, long skip, int limit, Consumer<ArchiveEntry> each) {
		return archive.each(month, clock.instant(), skip, limit, each);
	}

	public long countPublished() {
		return articles.countPublished(clock.instant());
	}

	@Override
	public List<Frame.Section> navigation() {
		return sections().stream().map(s -> new Frame.Section(s.name(), s.path())).toList();
	}

	/**
	 * {@code key}'s entry, loaded and kept when missing. A load that a {@link #forget}
	 * ran during (another thread's read, begun before a change was committed) is returned
	 * but not kept: its rows may be what the change replaced, and would otherwise be
	 * served until the entry expires.
	 */
	private <K, V> V cached(Cache<K, V> cache, K key, Function<K, V> load) {
		V kept = cache.getIfPresent(key);
		if (kept != null) {
			return kept;
		}
		long before = generation.get();
		V loaded = load.apply(key);
		cache.put(key, loaded);
		if (generation.get() != before) {
			cache.invalidate(key);
		}
		return loaded;
	}

	/** Forgets every article read, after a change ({@link ArticleCaches}). */
	void forget() {
		// Slugs may have changed too, so the whole (small) cache goes rather than one
		// entry.
		generation.incrementAndGet();
		bySlug.invalidateAll();
		byId.invalidateAll();
		related.invalidateAll();
		authors.invalidateAll();
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
