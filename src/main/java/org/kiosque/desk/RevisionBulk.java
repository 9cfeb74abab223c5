package org.kiosque.desk;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the past revisions of many articles at once (an archive generated for a
 * benchmark, a migration): one batched {@code INSERT} into the desk's
 * {@code article_revision}, as {@link RevisionRepository} would have written them one by
 * one had the articles gone through the desk.
 */
@Service
public class RevisionBulk {

	private final JdbcTemplate jdbc;

	RevisionBulk(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * An article's history to write: {@code drafts} saves (its text as published, a
	 * draft, an hour apart) before the publication at {@code publishedAt}.
	 *
	 * @param section the section's slug
	 * @param tags tag names
	 */
	public record History(long articleId, String slug, String headline, String standfirst, String body, String section,
			List<String> tags, String byline, @Nullable String source, Instant publishedAt, int drafts) {
	}

	/**
	 * Writes each history as revisions 1..{@code drafts} ({@code save}, draft) and
	 * {@code drafts + 1} ({@code publish}), in one transaction. The articles must have no
	 * revision yet.
	 */
	@Transactional
	public void record(List<History> histories) {
		List<Object[]> rows = new ArrayList<>();
		for (History h : histories) {
			String tags = String.join(", ", h.tags());
			for (int number = 1; number <= h.drafts() + 1; number++) {
				boolean publish = number == h.drafts() + 1;
				Instant at = h.publishedAt().minusSeconds(3600L * (h.drafts() + 1 - number));
				rows.add(new Object[] { h.articleId(), number, publish ? "publish" : "save",
						at.atOffset(ZoneOffset.UTC), publish ? "PUBLISHED" : "DRAFT",
						publish ? h.publishedAt().atOffset(ZoneOffset.UTC) : null, h.headline(), h.standfirst(),
						h.body(), h.section(), tags, h.byline(), h.source() == null ? "" : h.source(), h.slug(),
						number == 1 ? "headline,standfirst,body,section,tags,byline,source" : publish ? "" : "body" });
			}
		}
		jdbc.batchUpdate("""
				INSERT INTO article_revision (article_id, number, action, account_id, made_at, status, published_at,
				    headline, standfirst, body, section, tags, byline, source, slug, description, changed, note)
				VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, NULL)
				""", rows);
	}

}
