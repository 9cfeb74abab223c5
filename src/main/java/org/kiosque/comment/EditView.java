package org.kiosque.comment;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.Labels;

/** The page where a reader edits their own comment. */
public record EditView(Labels labels, long id, String body, @Nullable String error, String articlePath) {
}
