package org.kiosque.article;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.Labels;
import org.kiosque.site.NewspaperDates;

/**
 * What the article page prints, formatted for the site's language. The read count line is
 * cut around the number ({@code readsBefore}, {@code reads}, {@code readsAfter}) so that
 * the number stands in its own element, which copies of the page write afresh.
 *
 * @param updated "Mis à jour le …", when the article was visibly modified after its
 * publication
 * @param corrections its corrections, oldest first, as they print at its foot
 */
public record ArticleView(PublishedArticle article, String dateline, String datetime, String readsBefore, String reads,
		String readsAfter, @Nullable Dated updated, List<Printed> corrections) {

	/** Stands for the count (or the date) in a label, to cut it. */
	static final String COUNT = "\u0000";

	ArticleView(PublishedArticle article, NewspaperDates dates, Labels labels, String reads) {
		this(article, article.timeKnown() ? dates.dayAndTime(article.publishedAt()) : dates.day(article.publishedAt()),
				dates.iso(article.publishedAt()), textBefore(labels.get("article.reads", COUNT)), reads,
				textAfter(labels.get("article.reads", COUNT)),
				article.revised() ? Dated.of(labels.get("article.updated", COUNT),
						dates.dayAndTime(article.lastModified()), article.lastModified(), dates) : null,
				article.corrections()
					.stream()
					.map(c -> new Printed(Dated.of(labels.get("article.correction", COUNT), dates.date(c.madeAt()),
							c.madeAt(), dates), c.text()))
					.toList());
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
		return label.substring(0, label.indexOf(COUNT));
	}

	private static String textAfter(String label) {
		return label.substring(label.indexOf(COUNT) + COUNT.length());
	}
}
