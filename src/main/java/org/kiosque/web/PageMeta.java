package org.kiosque.web;

import org.jspecify.annotations.Nullable;

/**
 * A page's own meta data.
 *
 * @param title the page title, without the site name ({@code null} on the home page)
 * @param description the meta description ({@code null}: the site's tagline)
 * @param canonicalPath the path of the canonical URL
 * @param structuredData JSON-LD for search engines, serialised for the script element
 * @param openGraphType the page's Open Graph type ({@code article}, {@code website}) when
 * it carries sharing tags (Open Graph, Twitter card), {@code null} when it carries none
 * @param card the picture link previews show, {@code null} for none
 */
public record PageMeta(@Nullable String title, @Nullable String description, @Nullable String canonicalPath,
		@Nullable ScriptJson structuredData, @Nullable String openGraphType, @Nullable SharingCard card) {

	/** A page without sharing tags. */
	public PageMeta(@Nullable String title, @Nullable String description, @Nullable String canonicalPath,
			@Nullable ScriptJson structuredData) {
		this(title, description, canonicalPath, structuredData, null, null);
	}

	/**
	 * A page with sharing tags of the Open Graph type {@code type}, without a picture.
	 */
	public PageMeta(@Nullable String title, @Nullable String description, @Nullable String canonicalPath,
			@Nullable ScriptJson structuredData, @Nullable String openGraphType) {
		this(title, description, canonicalPath, structuredData, openGraphType, null);
	}

	public static PageMeta of(@Nullable String title, @Nullable String description, @Nullable String canonicalPath) {
		return new PageMeta(title, description, canonicalPath, null);
	}

	/** The same page with sharing tags of the Open Graph type {@code type}. */
	public PageMeta sharedAs(String type) {
		return new PageMeta(title, description, canonicalPath, structuredData, type, card);
	}

	/** The same page with {@code card} as the picture link previews show. */
	public PageMeta withCard(@Nullable SharingCard card) {
		return new PageMeta(title, description, canonicalPath, structuredData, openGraphType, card);
	}
}
