package org.kiosque.article;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The article page shown again as the answer to a form posted from it (a comment refused
 * for a bad field, with everything typed): made in the form's own request rather than by
 * forwarding to the article's address, so nothing of a view happens. No read is counted,
 * no beacon is printed, and no copy of it is kept for other readers.
 */
@Component
public class ArticlePageAgain {

	private final ArticlePages pages;

	ArticlePageAgain(ArticlePages pages) {
		this.pages = pages;
	}

	/**
	 * Fills {@code model} with the article page, exactly as a reader sees it, the
	 * request's attributes given to the slots (a refused form is one of them).
	 * @return the page's template, for the handler to return
	 */
	public String show(PublishedArticle article, HttpServletRequest request, Model model) {
		return pages.page(article, request, null, model);
	}

}
