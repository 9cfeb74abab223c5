package org.kiosque.comment;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes many approved comments at once (an archive generated for a benchmark, a
 * migration): one batched {@code INSERT} into {@code comment}, with the fingerprint
 * {@link Signatures} gives a body, so that duplicate detection treats them as any other.
 */
@Service
public class CommentBulk {

	private final JdbcTemplate jdbc;

	CommentBulk(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A reader's approved comment, top-level, posted at {@code at}. */
	public record Posted(long articleId, String name, String email, String body, Instant at) {
	}

	/** Writes {@code comments} approved, in one transaction. */
	@Transactional
	public void add(List<Posted> comments) {
		List<Object[]> rows = new ArrayList<>(comments.size());
		for (Posted c : comments) {
			rows.add(new Object[] { c.articleId(), c.name(), c.email(), c.body(), Signatures.fingerprint(c.body()),
					c.at().atOffset(ZoneOffset.UTC), c.at().atOffset(ZoneOffset.UTC) });
		}
		jdbc.batchUpdate(
				"""
						INSERT INTO comment (article_id, parent_id, reader_id, author_name, author_email, body, fingerprint, status,
						    ip, from_newsroom, report_count, created_at, moderated_at)
						VALUES (?, NULL, NULL, ?, ?, ?, ?, 'APPROVED', '', FALSE, 0, ?, ?)
						""",
				rows);
	}

}
