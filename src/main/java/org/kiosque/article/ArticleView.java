package org.kiosque.article;

import org.kiosque.web.NewspaperDates;

/** What the article page prints, formatted for the site's language. */
public record ArticleView(PublishedArticle article, String dateline, String datetime, String reads) {

	ArticleView(PublishedArticle article, NewspaperDates dates, String reads) {
		this(article, article.timeKnown() ? dates.dayAndTime(article.publishedAt()) : dates.day(article.publishedAt()),
				dates.iso(article.publishedAt()), reads);
	}
}
