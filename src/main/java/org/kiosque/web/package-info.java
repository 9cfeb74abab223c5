/**
 * The site's frame: layout, slots that features fill, HTTP caching of pages, error pages
 * ({@link org.kiosque.web.ErrorExplanation} for a refusal that says why), upload paths
 * ({@link org.kiosque.web.UploadPath}: multipart bodies are refused elsewhere). Every
 * feature may use it; it uses none of them, only the plumbing of {@code site}.
 * <p>
 * Words: a <em>frame</em> is what surrounds a page's own content (masthead, navigation,
 * side column, footer); a <em>slot</em> is a place in it that another feature fills.
 */
@NullMarked
package org.kiosque.web;

import org.jspecify.annotations.NullMarked;
