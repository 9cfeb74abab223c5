package org.kiosque.web;

import gg.jte.Content;

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

}
