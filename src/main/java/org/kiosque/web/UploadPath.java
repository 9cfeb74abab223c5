package org.kiosque.web;

/**
 * A path that takes files ({@code multipart/form-data}), declared as a bean by the
 * feature that owns the upload form. Every other path refuses multipart bodies unread
 * (415), so that a sign-in, a comment or a search never has a file parsed to disk on its
 * behalf.
 *
 * @param pattern a path pattern such as {@code /newsroom/newsletter/import} or
 * {@code /newsroom/media/**}
 */
public record UploadPath(String pattern) {
}
