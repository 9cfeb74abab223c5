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
 * @param head the layout's own additions: date, stylesheet, icons, robots, sharing tags
 */
public record Frame(String siteName, String title, String description, @Nullable String canonicalUrl, String lang,
		Labels labels, List<Section> sections, Content masthead, Content articleFooter, Content articleComments,
		Content aside, Content footer, @Nullable ScriptJson structuredData, FormToken csrf, Head head) {

	/**
	 * What the layout adds around every page.
	 *
	 * @param today the day's date in the masthead ({@code lundi 30 novembre 2026}), in
	 * the site's zone
	 * @param stylesheet the stylesheet's address, which changes with its content
	 * @param icon the site icon's address ({@code /icon.svg?v=…}, or the logo's square
	 * cut)
	 * @param manifest the web app manifest's address
	 * @param noindex true on pages search engines must leave out (search, accounts, the
	 * newsroom)
	 * @param openGraphType the Open Graph type when the page carries sharing tags
	 * @param shareTitle the title shared (the page's own, without the site's name)
	 * @param footerLinks what other features add to the footer's links (the legal pages),
	 * {@code Slot.FOOTER_LINKS}
	 * @param card the picture link previews show ({@code og:image}), {@code null} for
	 * none
	 * @param iconType the favicon's media type
	 * @param touchIcon the home-screen icon's address
	 * @param logo the logo the masthead shows instead of the name, {@code null} for none
	 * @param iconSizes the favicon's {@code sizes} ({@code 32x32}, {@code any} for SVG)
	 * @param touchIconSizes the home-screen icon's {@code sizes}, {@code null} for the
	 * SVG
	 */
	public record Head(String today, String stylesheet, String icon, String manifest, boolean noindex,
			@Nullable String openGraphType, String shareTitle, Content footerLinks, @Nullable SharingCard card,
			String iconType, String touchIcon, SiteLogo.@Nullable Image logo, String iconSizes,
			@Nullable String touchIconSizes) {
	}

	/** A link in the site's navigation bar. */
	public record Section(String name, String url) {
	}
}
