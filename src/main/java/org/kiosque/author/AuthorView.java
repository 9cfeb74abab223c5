package org.kiosque.author;

import org.jspecify.annotations.Nullable;
import org.kiosque.media.PictureRef;

/**
 * What the author page prints about them.
 *
 * @param biography their short biography, {@code null} when none was written
 * @param photo their portrait, a picture of the media library cut square; {@code null}
 * when none was chosen
 * @param webp whether the portrait is offered in WebP besides JPEG
 */
public record AuthorView(String name, @Nullable String biography, @Nullable PictureRef photo, boolean webp) {
}
