package org.kiosque.article;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.ChangeLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes many published articles at once (an archive generated for a benchmark, a
 * migration from another system): one batched {@code INSERT} per table for a whole batch,
 * instead of {@link Newsdesk}'s one article per transaction with its events. The bodies
 * go through the site's one {@link BodyRenderer}, block by block, each distinct block
 * once (a generated archive repeats its paragraphs); sections must exist
 * ({@link Newsdesk#ensureSection}); missing tags are created. A batch is made ready
 * ({@link #prepare}: rendering, slugs) outside the transaction that writes it
 * ({@link #publish}), so that a caller can make the next ready while one is written. No
 * event is published per article, but each has its row in the change log, written with it
 * ({@link ChangeLog}): every node's search index takes them from there. They are counted
 * in their months of the archive in the same transaction, one statement a batch
 * ({@link ArticleWrites#addedInBulk}). Call {@link #announce} once the last batch is
 * written, so that this node's caches drop what they kept.
 */
@Service
public class ArticleBulk {

	private static final int SLUG_BASE = 150;

	/**
	 * How many rendered blocks and tag slugs are kept; past it they are forgotten at once
	 * (an archive of unique paragraphs gains nothing from them).
	 */
	private static final int REMEMBERED = 40_000;

	private final Map<String, String> blockHtml = new ConcurrentHashMap<>();

	private final Map<String, String> tagSlugs = new ConcurrentHashMap<>();

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final BodyRenderer renderer;

	private final ApplicationEventPublisher events;

	private final ChangeLog changes;

	private final ArticleWrites writes;

	ArticleBulk(JdbcTemplate jdbc, BodyRenderer renderer, ApplicationEventPublisher events, ChangeLog changes,
			ArticleWrites writes) {
		this.jdbc = jdbc;
		this.writes = writes;
		this.changes = changes;
		this.named = new NamedParameterJdbcTemplate(jdbc);
		this.renderer = renderer;
		this.events = events;
	}

	/**
	 * A published article to write.
	 *
	 * @param bodyBlocks the body's Markdown blocks, each of which stands alone (a
	 * paragraph, a heading): CommonMark renders them joined by blank lines as it renders
	 * each alone, one after the other; not list items, fences or link definitions
	 * @param sectionSlug the slug of an existing section
	 * @param tags tag names, created when missing
	 * @param source an agency's code ({@link Agency}), null for the newsroom's own
	 */
	public record Item(String headline, String standfirst, List<String> bodyBlocks, String sectionSlug,
			List<String> tags, String byline, @Nullable String source, Instant publishedAt) {

		/** The body as written: its blocks joined by blank lines. */
		public String bodyMarkdown() {
			return String.join("\n\n", bodyBlocks);
		}

	}

	/** An article written: its id and address. */
	public record Written(long id, String slug, Item item) {
	}

	/**
	 * A batch ready to write: each item's body in Markdown and in HTML, its slug's base
	 * (without the number {@link #publish} adds) and its tags' slugs.
	 */
	public record Prepared(List<Item> items, List<String> markdown, List<String> html, List<String> slugBases,
			List<List<String>> tagSlugs) {
	}

	/**
	 * Renders the bodies and makes the slugs of {@code items}, on every core; writes
	 * nothing, so it may run beside a batch being written.
	 */
	public Prepared prepare(List<Item> items) {
		List<String> markdown = items.stream().map(Item::bodyMarkdown).toList();
		List<String> html = items.parallelStream().map(item -> html(item.bodyBlocks())).toList();
		List<String> bases = new ArrayList<>(items.size());
		List<List<String>> tags = new ArrayList<>(items.size());
		for (Item item : items) {
			String base = Slugs.of(item.headline());
			bases.add(base.length() > SLUG_BASE ? base.substring(0, SLUG_BASE) : base);
			tags.add(item.tags().stream().map(this::tagSlug).toList());
		}
		return new Prepared(items, markdown, html, bases, tags);
	}

	/**
	 * Writes {@code items} as published articles with their tags, in one transaction.
	 * Each slug is the headline's followed by a number unique to the archive (the highest
	 * article id so far plus its rank), so that runs add and never collide.
	 * @return the articles in the order of {@code items}
	 * @throws IllegalArgumentException when a section does not exist
	 */
	@Transactional
	public List<Written> publish(Prepared batch) {
		List<Item> items = batch.items();
		if (items.isEmpty()) {
			return List.of();
		}
		Map<String, Long> sections = sectionIds();
		long start = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM article", Long.class);
		List<String> slugs = new ArrayList<>(items.size());
		for (int i = 0; i < items.size(); i++) {
			slugs.add(batch.slugBases().get(i) + "-" + (start + i + 1));
		}
		List<String> html = batch.html();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		List<Object[]> rows = new ArrayList<>(items.size());
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			Long section = sections.get(item.sectionSlug());
			if (section == null) {
				throw new IllegalArgumentException("No section " + item.sectionSlug());
			}
			OffsetDateTime published = item.publishedAt().atOffset(ZoneOffset.UTC);
			rows.add(new Object[] { slugs.get(i), item.headline(), item.standfirst(), batch.markdown().get(i),
					html.get(i), section, item.byline(), item.source(), published, published, now, published });
		}
		jdbc.batchUpdate("""
				INSERT INTO article (slug, headline, standfirst, body_markdown, body_html, section_id, byline, source,
				    status, published_at, time_known, created_at, updated_at, changed_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, TRUE, ?, ?, ?)
				""", rows);
		Map<String, Long> ids = new HashMap<>();
		named.query("SELECT id, slug FROM article WHERE slug IN (:slugs)", Map.of("slugs", slugs), rs -> {
			ids.put(rs.getString(2), rs.getLong(1));
		});
		List<Written> written = new ArrayList<>(items.size());
		for (int i = 0; i < items.size(); i++) {
			written.add(new Written(ids.get(slugs.get(i)), slugs.get(i), items.get(i)));
		}
		tag(written, batch.tagSlugs(), sections);
		writes.addedInBulk(items.stream().map(Item::publishedAt).toList());
		changes.recordAll(ArticleChanged.class, written.stream().map(Written::id).toList());
		return written;
	}

	/**
	 * Tells every cache that articles arrived (one event, for the newest of them: caches
	 * drop everything on any change); search indexes already have each article's row in
	 * the change log ({@link #publish}).
	 */
	@Transactional
	public void announce(long newestArticleId) {
		events.publishEvent(new ArticleChanged(newestArticleId));
	}

	private Map<String, Long> sectionIds() {
		Map<String, Long> ids = new HashMap<>();
		jdbc.query("SELECT id, slug FROM section", rs -> {
			ids.put(rs.getString(2), rs.getLong(1));
		});
		return ids;
	}

	/**
	 * The sanitised HTML of a body's blocks: each rendered alone, once while remembered,
	 * joined by the line break the renderer puts between blocks.
	 */
	private String html(List<String> blocks) {
		StringBuilder html = new StringBuilder();
		for (String block : blocks) {
			String rendered = blockHtml.get(block);
			if (rendered == null) {
				rendered = renderer.html(block);
				remember(blockHtml, block, rendered);
			}
			html.append(html.isEmpty() ? "" : "\n").append(rendered);
		}
		return html.toString();
	}

	private String tagSlug(String name) {
		String slug = tagSlugs.get(name);
		if (slug == null) {
			slug = Slugs.of(name);
			remember(tagSlugs, name, slug);
		}
		return slug;
	}

	private static void remember(Map<String, String> memory, String key, String value) {
		if (memory.size() >= REMEMBERED) {
			memory.clear();
		}
		memory.put(key, value);
	}

	private void tag(List<Written> written, List<List<String>> slugsOfTags, Map<String, Long> sections) {
		Map<String, String> names = new HashMap<>();
		for (int i = 0; i < written.size(); i++) {
			List<String> tagNames = written.get(i).item().tags();
			for (int t = 0; t < tagNames.size(); t++) {
				names.putIfAbsent(slugsOfTags.get(i).get(t), tagNames.get(t));
			}
		}
		if (names.isEmpty()) {
			return;
		}
		Map<String, Long> ids = tagIds(names.keySet());
		List<Object[]> missing = new ArrayList<>();
		names.forEach((slug, name) -> {
			if (!ids.containsKey(slug)) {
				missing.add(new Object[] { slug, name });
			}
		});
		if (!missing.isEmpty()) {
			jdbc.batchUpdate("INSERT INTO tag (slug, name) VALUES (?, ?)", missing);
			ids.putAll(tagIds(names.keySet()));
		}
		List<Object[]> links = new ArrayList<>();
		for (int i = 0; i < written.size(); i++) {
			Set<Long> tagIds = new LinkedHashSet<>();
			for (String slug : slugsOfTags.get(i)) {
				tagIds.add(ids.get(slug));
			}
			for (Long tag : tagIds) {
				links.add(new Object[] { written.get(i).id(), tag, sections.get(written.get(i).item().sectionSlug()),
						written.get(i).item().publishedAt().atOffset(ZoneOffset.UTC) });
			}
		}
		// The article's section, status and time ride along (TagListings).
		jdbc.batchUpdate("INSERT INTO article_tag (article_id, tag_id, section_id, status, published_at)"
				+ " VALUES (?, ?, ?, 'PUBLISHED', ?)", links);
	}

	private Map<String, Long> tagIds(Set<String> slugs) {
		Map<String, Long> ids = new HashMap<>();
		named.query("SELECT id, slug FROM tag WHERE slug IN (:slugs)", Map.of("slugs", slugs), rs -> {
			ids.put(rs.getString(2), rs.getLong(1));
		});
		return ids;
	}

}
