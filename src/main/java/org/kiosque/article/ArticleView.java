package org.kiosque.article;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.Labels;
import org.kiosque.site.NewspaperDates;

/**
 * What the article page prints, formatted for the site's language.
 *
 * @param reads the whole read count line ({@code Nombre de lectures : 66 fois}): its
 * words follow the count, so the line stands whole in its own element, which copies of
 * the page write afresh ({@link ReadCountView})
 * @param updated "Mis à jour le …", when the article was visibly modified after its
 * publication
 * @param corrections its corrections, oldest first, as they print at its foot
 * @param comments the comment count as printed, {@code null} when no feature keeps
 * comments
 * @param related "À lire aussi": the newest articles of the same tags or section
 * @param share the share links
 */
public record ArticleView(PublishedArticle article, String dateline, String datetime, String reads,
		@Nullable Dated updated, List<Printed> corrections, @Nullable String comments, List<Listing.Item> related,
		ShareLinks share) {

	/** Stands for the date in a label, to cut it. */
	static final String DATE = "\u0000";

	ArticleView(PublishedArticle article, NewspaperDates dates, Labels labels, String reads, @Nullable String comments,
			List<Listing.Item> related, ShareLinks share) {
		this(article, article.timeKnown() ? dates.dayAndTime(article.publishedAt()) : dates.day(article.publishedAt()),
				dates.iso(article.publishedAt()), reads,
				article.revised() ? Dated.of(labels.get("article.updated", DATE),
						dates.dayAndTime(article.lastModified()), article.lastModified(), dates) : null,
				article.corrections()
					.stream()
					.map(c -> new Printed(
							Dated.of(labels.get("article.correction", DATE), dates.date(c.madeAt()), c.madeAt(), dates),
							c.text()))
					.toList(),
				comments, related, share);
	}

	/**
	 * A label with a date inside ({@code Correctif du 30 novembre 2026 :}), cut around
	 * the date so that it stands in its own {@code <time>} element.
	 *
	 * @param datetime the date for {@code <time datetime>}
	 */
	public record Dated(String before, String date, String datetime, String after) {

		static Dated of(String label, String date, Instant at, NewspaperDates dates) {
			return new Dated(textBefore(label), date, dates.iso(at), textAfter(label));
		}
	}

	/** A correction as printed: its heading with the date, then its text. */
	public record Printed(Dated heading, String text) {
	}

	private static String textBefore(String label) {
		return label.substring(0, label.indexOf(DATE));
	}

	private static String textAfter(String label) {
		return label.substring(label.indexOf(DATE) + DATE.length());
	}
}
