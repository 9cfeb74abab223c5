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
 * go through the site's one {@link BodyRenderer}; sections must exist
 * ({@link Newsdesk#ensureSection}); missing tags are created. No event is published per
 * article, but each has its row in the change log, written with it ({@link ChangeLog}):
 * every node's search index takes them from there. Call {@link #announce} once the last
 * batch is written, so that this node's caches drop what they kept.
 */
@Service
public class ArticleBulk {

	private static final int SLUG_BASE = 150;

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final BodyRenderer renderer;

	private final ApplicationEventPublisher events;

	private final ChangeLog changes;

	ArticleBulk(JdbcTemplate jdbc, BodyRenderer renderer, ApplicationEventPublisher events, ChangeLog changes) {
		this.jdbc = jdbc;
		this.changes = changes;
		this.named = new NamedParameterJdbcTemplate(jdbc);
		this.renderer = renderer;
		this.events = events;
	}

	/**
	 * A published article to write.
	 *
	 * @param sectionSlug the slug of an existing section
	 * @param tags tag names, created when missing
	 * @param source an agency's code ({@link Agency}), null for the newsroom's own
	 */
	public record Item(String headline, String standfirst, String bodyMarkdown, String sectionSlug, List<String> tags,
			String byline, @Nullable String source, Instant publishedAt) {
	}

	/** An article written: its id and address. */
	public record Written(long id, String slug, Item item) {
	}

	/**
	 * Writes {@code items} as published articles with their tags, in one transaction.
	 * Each slug is the headline's followed by a number unique to the archive (the highest
	 * article id so far plus its rank), so that runs add and never collide.
	 * @return the articles in the order of {@code items}
	 * @throws IllegalArgumentException when a section does not exist
	 */
	@Transactional
	public List<Written> publish(List<Item> items) {
		if (items.isEmpty()) {
			return List.of();
		}
		Map<String, Long> sections = sectionIds();
		long start = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM article", Long.class);
		List<String> slugs = new ArrayList<>(items.size());
		for (int i = 0; i < items.size(); i++) {
			String base = Slugs.of(items.get(i).headline());
			if (base.length() > SLUG_BASE) {
				base = base.substring(0, SLUG_BASE);
			}
			slugs.add(base + "-" + (start + i + 1));
		}
		// Rendering is most of the work: both cores do it.
		List<String> html = items.parallelStream().map(item -> renderer.html(item.bodyMarkdown())).toList();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		List<Object[]> rows = new ArrayList<>(items.size());
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			Long section = sections.get(item.sectionSlug());
			if (section == null) {
				throw new IllegalArgumentException("No section " + item.sectionSlug());
			}
			OffsetDateTime published = item.publishedAt().atOffset(ZoneOffset.UTC);
			rows.add(new Object[] { slugs.get(i), item.headline(), item.standfirst(), item.bodyMarkdown(), html.get(i),
					section, item.byline(), item.source(), published, published, now, published });
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
		tag(written);
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

	private void tag(List<Written> written) {
		Map<String, String> names = new HashMap<>();
		for (Written w : written) {
			for (String name : w.item().tags()) {
				names.putIfAbsent(Slugs.of(name), name);
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
		for (Written w : written) {
			Set<Long> tagIds = new LinkedHashSet<>();
			for (String name : w.item().tags()) {
				tagIds.add(ids.get(Slugs.of(name)));
			}
			for (Long tag : tagIds) {
				links.add(new Object[] { w.id(), tag });
			}
		}
		jdbc.batchUpdate("INSERT INTO article_tag (article_id, tag_id) VALUES (?, ?)", links);
	}

	private Map<String, Long> tagIds(Set<String> slugs) {
		Map<String, Long> ids = new HashMap<>();
		named.query("SELECT id, slug FROM tag WHERE slug IN (:slugs)", Map.of("slugs", slugs), rs -> {
			ids.put(rs.getString(2), rs.getLong(1));
		});
		return ids;
	}

}
