package org.kiosque.web;

/**
 * The picture a page offers to link previews: Open Graph's {@code og:image} with its
 * {@code og:image:width} and {@code og:image:height} (ogp.me), and X's
 * {@code summary_large_image} card.
 *
 * @param url the picture's absolute address
 * @param width its width, in pixels; {@code 0} when unknown (then not told)
 * @param height its height, in pixels; {@code 0} when unknown
 * @param alt what it shows, for {@code og:image:alt}; blank when nothing is said
 */
public record SharingCard(String url, int width, int height, String alt) {
}
