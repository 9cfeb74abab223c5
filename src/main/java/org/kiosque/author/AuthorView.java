package org.kiosque.author;

import org.jspecify.annotations.Nullable;

/**
 * What the author page prints about them.
 *
 * @param biography their short biography, {@code null} when none was written
 * @param photoUrl their portrait, {@code null} until pictures give authors one (the
 * template keeps its place)
 */
public record AuthorView(String name, @Nullable String biography, @Nullable String photoUrl) {
}
