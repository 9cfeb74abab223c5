package org.kiosque.comment;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.FormProblems;

/**
 * The comment form as the reader filled it, kept to show it again when something is
 * wrong.
 *
 * @param problems by field: {@code name}, {@code email}, {@code body}, or
 * {@link FormProblems#FORM} for the whole form
 */
record FormInput(long articleId, String name, String email, String body, @Nullable Long parentId,
		FormProblems problems) {
}
