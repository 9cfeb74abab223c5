package org.kiosque.comment;

import org.kiosque.web.PageChange;

/**
 * A closed account's comments, on whatever articles, lost their author's name.
 *
 * @param readerId the account closed
 * @param comments how many comments
 */
public record CommentsAnonymised(long readerId, int comments) implements PageChange {
}
