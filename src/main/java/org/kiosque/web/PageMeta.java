package org.kiosque.web;

import org.jspecify.annotations.Nullable;

/**
 * A page's own meta data.
 *
 * @param title the page title, without the site name ({@code null} on the home page)
 * @param description the meta description ({@code null}: the site's tagline)
 * @param canonicalPath the path of the canonical URL
 * @param structuredData JSON-LD for search engines, serialised for the script element
 * @param card the picture link previews show, {@code null} for none
 */
public record PageMeta(@Nullable String title, @Nullable String description, @Nullable String canonicalPath,
		@Nullable ScriptJson structuredData, @Nullable SharingCard card) {

	/** A page without a sharing picture. */
	public PageMeta(@Nullable String title, @Nullable String description, @Nullable String canonicalPath,
			@Nullable ScriptJson structuredData) {
		this(title, description, canonicalPath, structuredData, null);
	}

	public static PageMeta of(@Nullable String title, @Nullable String description, @Nullable String canonicalPath) {
		return new PageMeta(title, description, canonicalPath, null);
	}
}
