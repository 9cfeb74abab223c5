package org.kiosque.web;

/** Places on a page where other features add their part, in page order. */
public enum Slot {

	/** The right end of the masthead: {@code Connectez-vous}, or the reader's name. */
	MASTHEAD_ACCOUNT,
	/** Under the article body: the read count line. */
	ARTICLE_FOOTER,
	/** Under the article: the conversation and the {@code Nouveau commentaire} form. */
	ARTICLE_COMMENTS,
	/** The page's side column: most read, newsletter box. */
	ASIDE,
	/** Above the site footer, on every page. */
	FOOTER,
	/**
	 * Inside the site footer, list items ({@code
	 *
	<li>}) among its links: the legal pages (mentions légales, conditions,
	 * confidentialité, contact).
	 */
	FOOTER_LINKS

}
