package org.kiosque.media;

import java.util.List;

/**
 * Where pictures are used, answered by the features that use them (the articles), so that
 * the library can show a picture's uses and refuse to delete a used one without depending
 * on those features.
 */
public interface PictureUses {

	/**
	 * One use of a picture: a label (an article's headline) and the newsroom's link to
	 * it.
	 */
	record Use(String label, String link) {
	}

	/** The uses of picture {@code pictureId}, newest first; empty when it is unused. */
	List<Use> of(long pictureId);

}
