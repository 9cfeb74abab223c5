package org.kiosque.article;

import org.kiosque.site.NewspaperDates;

/**
 * What the article page prints, formatted for the site's language.
 *
 * @param reads the whole read count line ({@code Nombre de lectures : 66 fois}): its
 * words follow the count, so the line stands whole in its own element, which copies of
 * the page write afresh ({@link ReadCountView})
 */
public record ArticleView(PublishedArticle article, String dateline, String datetime, String reads) {

	ArticleView(PublishedArticle article, NewspaperDates dates, String reads) {
		this(article, article.timeKnown() ? dates.dayAndTime(article.publishedAt()) : dates.day(article.publishedAt()),
				dates.iso(article.publishedAt()), reads);
	}
}
