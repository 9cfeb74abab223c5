package org.kiosque.article;

import org.kiosque.site.NewspaperDates;

/**
 * What the article page prints, formatted for the site's language. The read count line is
 * cut around the number ({@code readsBefore}, {@code reads}, {@code readsAfter}) so that
 * the number stands in its own element, which copies of the page write afresh.
 */
public record ArticleView(PublishedArticle article, String dateline, String datetime, String readsBefore, String reads,
		String readsAfter) {

	/** Stands for the count in the label, to cut it. */
	static final String COUNT = "\u0000";

	ArticleView(PublishedArticle article, NewspaperDates dates, String reads, String readsLine) {
		this(article, article.timeKnown() ? dates.dayAndTime(article.publishedAt()) : dates.day(article.publishedAt()),
				dates.iso(article.publishedAt()), readsLine.substring(0, readsLine.indexOf(COUNT)), reads,
				readsLine.substring(readsLine.indexOf(COUNT) + COUNT.length()));
	}
}
