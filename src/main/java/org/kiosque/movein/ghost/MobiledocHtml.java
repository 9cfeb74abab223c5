package org.kiosque.movein.ghost;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.jsoup.nodes.Entities;

import tools.jackson.databind.JsonNode;

/**
 * Mobiledoc 0.3 documents (Ghost 1 to 4, {@code posts.mobiledoc}) as HTML. Sections:
 * {@code [1, tag, markers]} text, {@code [2, src]} an image, {@code [3, tag, items]} a
 * list, {@code [10, card]} a card ({@link GhostCards}). Markers:
 * {@code [0, opened markups, closed count, text]} and {@code [1, …, atom]}; the one atom
 * Ghost writes, {@code soft-return}, is a line break.
 */
final class MobiledocHtml {

	private static final List<String> TEXT_TAGS = List.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
			"aside", "pull-quote");

	private MobiledocHtml() {
	}

	static void render(JsonNode doc, StringBuilder out, List<String> leftovers) {
		for (JsonNode section : doc.path("sections")) {
			switch (section.path(0).asInt(-1)) {
				case 1 -> {
					String tag = section.path(1).asString("p").toLowerCase(java.util.Locale.ROOT);
					if (!TEXT_TAGS.contains(tag)) {
						tag = "p";
					}
					boolean quote = tag.equals("blockquote") || tag.equals("aside") || tag.equals("pull-quote");
					out.append(quote ? "<blockquote><p>" : "<" + tag + ">");
					markers(doc, section.path(2), out);
					out.append(quote ? "</p></blockquote>" : "</" + tag + ">");
				}
				case 2 -> out.append("<figure><img src=\"")
					.append(Entities.escape(section.path(1).asString("")))
					.append("\" alt=\"\"></figure>");
				case 3 -> {
					String tag = "ol".equalsIgnoreCase(section.path(1).asString("")) ? "ol" : "ul";
					out.append('<').append(tag).append('>');
					for (JsonNode item : section.path(2)) {
						out.append("<li>");
						markers(doc, item, out);
						out.append("</li>");
					}
					out.append("</").append(tag).append('>');
				}
				case 10 -> {
					JsonNode card = doc.path("cards").path(section.path(1).asInt(-1));
					GhostCards.html(card.path(0).asString(""), card.path(1), out, leftovers);
				}
				default -> leftovers.add("mobiledoc section " + section.path(0).asString(""));
			}
		}
	}

	private static void markers(JsonNode doc, JsonNode markers, StringBuilder out) {
		Deque<String> open = new ArrayDeque<>();
		for (JsonNode marker : markers) {
			for (JsonNode index : marker.path(1)) {
				JsonNode markup = doc.path("markups").path(index.asInt(-1));
				String tag = markup.path(0).asString("span").toLowerCase(java.util.Locale.ROOT);
				if (!tag.matches("[a-z][a-z0-9]*")) {
					tag = "span";
				}
				out.append('<').append(tag);
				JsonNode attributes = markup.path(1);
				for (int i = 0; i + 1 < attributes.size(); i += 2) {
					String name = attributes.path(i).asString("");
					if (name.equals("href")) {
						out.append(" href=\"").append(Entities.escape(attributes.path(i + 1).asString(""))).append('"');
					}
				}
				out.append('>');
				open.push(tag);
			}
			if (marker.path(0).asInt(0) == 1) {
				JsonNode atom = doc.path("atoms").path(marker.path(3).asInt(-1));
				if ("soft-return".equals(atom.path(0).asString(""))) {
					out.append("<br>");
				}
				else {
					out.append(Entities.escape(atom.path(1).asString("")));
				}
			}
			else {
				out.append(Entities.escape(marker.path(3).asString("")));
			}
			for (int closed = marker.path(2).asInt(0); closed > 0 && !open.isEmpty(); closed--) {
				out.append("</").append(open.pop()).append('>');
			}
		}
		while (!open.isEmpty()) {
			out.append("</").append(open.pop()).append('>');
		}
	}

}
