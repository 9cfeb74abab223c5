package org.kiosque.web;

import org.jspecify.annotations.Nullable;

/**
 * A page's own meta data.
 *
 * @param title the page title, without the site name ({@code null} on the home page)
 * @param description the meta description ({@code null}: the site's tagline)
 * @param canonicalPath the path of the canonical URL
 * @param structuredData JSON-LD for search engines, serialised for the script element
 */
public record PageMeta(@Nullable String title, @Nullable String description, @Nullable String canonicalPath,
		@Nullable ScriptJson structuredData) {

	public static PageMeta of(@Nullable String title, @Nullable String description, @Nullable String canonicalPath) {
		return new PageMeta(title, description, canonicalPath, null);
	}
}
