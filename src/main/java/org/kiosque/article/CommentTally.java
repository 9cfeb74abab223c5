package org.kiosque.article;

import java.util.Collection;
import java.util.Map;

/**
 * How many comments readers can see under articles, told by the feature that holds them:
 * the article feature shows the counts in teasers and on the article page without knowing
 * comments. Without such a bean, no count is shown.
 */
public interface CommentTally {

	/**
	 * Article id to its count of visible comments; articles with none may be left out.
	 * One query for the whole list.
	 */
	Map<Long, Long> counts(Collection<Long> articleIds);

}
