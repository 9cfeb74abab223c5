package org.kiosque.web;

import gg.jte.Content;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A feature's contribution to a shared page (the comment form under an article, the
 * newsletter box in the side column...). The page's owner does not know the features that
 * fill its slots, so features stay independent: they register a bean of this type.
 */
public interface PageSlot {

	Slot slot();

	/** Lower comes first within a slot. */
	default int order() {
		return 0;
	}

	/** What to print, or {@link Content#isEmptyContent() empty} content for nothing. */
	Content render(PageContext context);

	/**
	 * True when the request shows the page again as the answer to this slot's form: the
	 * page a Post/Redirect/Get lands on ({@code ?commentaire=held}). Such a showing is no
	 * new view of the page (the reader is still on it), so nothing of a view runs: no
	 * read is counted (see {@link PageLayout#isView}).
	 */
	default boolean answers(HttpServletRequest request) {
		return false;
	}

}
