package org.kiosque.newsletter;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The newsroom's newsletter page. Numbers are already formatted the newspaper's way;
 * {@code confirmed}, {@code pending}, {@code unsubscribed} and {@code suspended} are
 * counts with their words ({@code 1 inscrit confirmé}).
 */
public record DeskView(String query, @Nullable String notice, String confirmed, String pending, String unsubscribed,
		String suspended, List<Row> subscribers, List<EditionRow> editions) {

	public record Row(String email, String name, String status, String since) {
	}

	public record EditionRow(String subject, String kind, String when, String articles, String sent, String failed,
			String waiting) {
	}
}
