package org.kiosque.comment;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The comment form as the reader filled it, kept to show it again when something is
 * wrong.
 *
 * @param errors field name ({@code name}, {@code email}, {@code body}, or {@code form}
 * for the whole form) to a message key
 */
record FormInput(long articleId, String name, String email, String body, @Nullable Long parentId,
		Map<String, String> errors) {
}
