package org.kiosque.web;

import java.util.List;

import gg.jte.Content;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.Labels;

/**
 * Everything the site layout needs around a page's own content: its meta data, what the
 * other features put in the shared slots, and the CSRF token the page's forms carry (the
 * same one its slots print).
 *
 * @param card the picture link previews show ({@code og:image}), {@code null} for none
 */
public record Frame(String siteName, String title, String description, @Nullable String canonicalUrl, String lang,
		Labels labels, List<Section> sections, Content masthead, Content articleFooter, Content articleComments,
		Content aside, Content footer, @Nullable ScriptJson structuredData, FormToken csrf,
		@Nullable SharingCard card) {

	/** A link in the site's navigation bar. */
	public record Section(String name, String url) {
	}
}
