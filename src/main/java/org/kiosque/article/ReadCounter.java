package org.kiosque.article;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What the article feature needs from whoever counts reads (the reading feature). Article
 * declares it so that it depends on no feature downstream of it; reading implements it.
 */
public interface ReadCounter {

	/**
	 * Opens an article's counter at {@code reads} (an imported page keeps its old count).
	 */
	void startAt(long articleId, long reads);

	/**
	 * Counts the request for a published article's page as a read, if it is one. Called
	 * on the request thread: it never touches the database.
	 */
	void count(long articleId, HttpServletRequest request, HttpServletResponse response);

	/** The article's total reads as the page prints it. */
	long total(long articleId);

}
