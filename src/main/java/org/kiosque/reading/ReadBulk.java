package org.kiosque.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the read counts of many articles at once (an archive generated for a benchmark,
 * a migration): one batched {@code INSERT} into {@code read_total}, the totals pages
 * show. No hourly reads: they are the recent past, which an archive has not.
 */
@Service
public class ReadBulk {

	private final JdbcTemplate jdbc;

	ReadBulk(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Sets each article's total reads, in one transaction; the articles must have none
	 * yet.
	 * @param reads the total per article id
	 */
	@Transactional
	public void add(Map<Long, Long> reads) {
		List<Object[]> rows = new ArrayList<>(reads.size());
		reads.forEach((article, total) -> rows.add(new Object[] { article, total }));
		jdbc.batchUpdate("INSERT INTO read_total (article_id, reads) VALUES (?, ?)", rows);
	}

}
