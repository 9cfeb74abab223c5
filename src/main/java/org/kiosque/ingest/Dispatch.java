package org.kiosque.ingest;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An agency dispatch as read from a flattened news page, before it becomes an article.
 *
 * @param headline the headline, as written
 * @param date the day of the dispatch (the page gives no time of day)
 * @param caption the photo caption, when the page had a photo
 * @param paragraphs the body, one entry per paragraph, typography kept as it is
 * @param agency the agency code of the trailing tag ({@code AA} for {@code [AA]}), if any
 * @param reads the old page's read count, so that a site moving to Kiosque keeps its
 * counts
 */
public record Dispatch(String headline, LocalDate date, @Nullable String caption, List<String> paragraphs,
		@Nullable String agency, long reads) {

	public Dispatch {
		paragraphs = List.copyOf(paragraphs);
	}
}
