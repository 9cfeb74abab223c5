package org.kiosque.movein.ghost;

import java.util.List;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * The HTML of Ghost's cards, the blocks an editor inserts (the same payloads in Lexical
 * and mobiledoc), kept to what a newspaper's article carries: pictures with their
 * captions (as Ghost renders them, {@code figure} and {@code figcaption}), galleries,
 * Markdown and HTML cards, code, rules, and embeds, bookmarks, videos and files as links
 * to them (no third-party player comes in). A card of another kind is named in the
 * {@code leftovers} for the report, its link kept when it has one.
 */
final class GhostCards {

	private static final Parser MARKDOWN = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();

	private GhostCards() {
	}

	/** Cards that are about the Ghost site itself (sign-up forms, paywall markers). */
	private static final List<String> SITE_ONLY = List.of("paywall", "signup", "email-cta", "email", "product");

	static void html(String name, JsonNode card, StringBuilder out, List<String> leftovers) {
		switch (name) {
			case "image" -> figure(text(card, "src"), text(card, "alt"), text(card, "caption"), out);
			case "gallery" -> {
				for (JsonNode image : card.path("images")) {
					figure(text(image, "src"), text(image, "alt"), text(image, "caption"), out);
				}
				caption(text(card, "caption"), out);
			}
			case "markdown", "card-markdown" ->
				out.append(RENDERER.render(MARKDOWN.parse(orEmpty(text(card, "markdown")))));
			case "html" -> out.append(orEmpty(text(card, "html")));
			case "hr", "horizontalrule" -> out.append("<hr>");
			case "code", "codeblock" ->
				out.append("<pre><code>").append(Entities.escape(orEmpty(text(card, "code")))).append("</code></pre>");
			case "embed", "video", "audio", "file", "bookmark" -> {
				String url = name.equals("embed") || name.equals("bookmark") ? text(card, "url") : text(card, "src");
				String title = card.path("metadata").isObject() ? text(card.path("metadata"), "title")
						: firstOf(text(card, "title"), text(card, "fileTitle"));
				link(url, title, out);
				caption(text(card, "caption"), out);
			}
			case "button" -> link(text(card, "buttonUrl"), text(card, "buttonText"), out);
			case "callout" ->
				out.append("<blockquote><p>").append(orEmpty(text(card, "calloutText"))).append("</p></blockquote>");
			case "toggle" -> {
				out.append("<h3>").append(orEmpty(text(card, "heading"))).append("</h3>");
				out.append(orEmpty(text(card, "content")));
			}
			case "header" -> {
				out.append("<h2>").append(orEmpty(text(card, "header"))).append("</h2>");
				String sub = text(card, "subheader");
				if (sub != null) {
					out.append("<p>").append(sub).append("</p>");
				}
			}
			default -> {
				if (!SITE_ONLY.contains(name)) {
					leftovers.add("card " + name);
				}
				String url = firstOf(text(card, "url"), text(card, "src"));
				link(url, null, out);
			}
		}
	}

	private static void figure(@Nullable String src, @Nullable String alt, @Nullable String caption,
			StringBuilder out) {
		if (src == null) {
			return;
		}
		out.append("<figure><img src=\"")
			.append(Entities.escape(src))
			.append("\" alt=\"")
			.append(Entities.escape(orEmpty(alt)))
			.append("\">");
		if (caption != null) {
			// Captions are HTML in Ghost (links, emphasis).
			out.append("<figcaption>").append(caption).append("</figcaption>");
		}
		out.append("</figure>");
	}

	private static void caption(@Nullable String caption, StringBuilder out) {
		if (caption != null) {
			out.append("<p><em>").append(caption).append("</em></p>");
		}
	}

	private static void link(@Nullable String url, @Nullable String title, StringBuilder out) {
		if (url == null) {
			return;
		}
		String escaped = Entities.escape(url);
		out.append("<p><a href=\"")
			.append(escaped)
			.append("\">")
			.append(title == null ? escaped : Entities.escape(title))
			.append("</a></p>");
	}

	private static @Nullable String firstOf(@Nullable String a, @Nullable String b) {
		return a != null ? a : b;
	}

	static String orEmpty(@Nullable String s) {
		return s == null ? "" : s;
	}

	static @Nullable String text(JsonNode node, String field) {
		return GhostExportReader.text(node, field);
	}

}
