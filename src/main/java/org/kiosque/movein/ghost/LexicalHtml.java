package org.kiosque.movein.ghost;

import java.util.List;

import org.jsoup.nodes.Entities;

import tools.jackson.databind.JsonNode;

/**
 * Ghost 5's Lexical documents ({@code posts.lexical}, a JSON tree under {@code root}) as
 * HTML: paragraphs, headings, quotes, lists (nested too), links, line breaks, text
 * formats (Lexical's bit flags: 1 bold, 2 italic, 4 strikethrough, 8 underline, 16 code,
 * 32 subscript, 64 superscript) and Ghost's cards ({@link GhostCards}).
 */
final class LexicalHtml {

	private LexicalHtml() {
	}

	static void render(JsonNode root, StringBuilder out, List<String> leftovers) {
		children(root.path("root"), out, leftovers);
	}

	private static void children(JsonNode parent, StringBuilder out, List<String> leftovers) {
		for (JsonNode child : parent.path("children")) {
			node(child, out, leftovers);
		}
	}

	private static void node(JsonNode node, StringBuilder out, List<String> leftovers) {
		String type = node.path("type").asString("");
		switch (type) {
			case "text", "extended-text" -> text(node, out);
			case "linebreak" -> out.append("<br>");
			case "tab" -> out.append(' ');
			case "link", "autolink" -> {
				out.append("<a href=\"").append(Entities.escape(node.path("url").asString(""))).append("\">");
				children(node, out, leftovers);
				out.append("</a>");
			}
			case "paragraph" -> wrap("p", node, out, leftovers);
			case "heading", "extended-heading" -> wrap(heading(node.path("tag").asString("h2")), node, out, leftovers);
			case "quote", "extended-quote", "aside" -> {
				out.append("<blockquote><p>");
				children(node, out, leftovers);
				out.append("</p></blockquote>");
			}
			case "list" ->
				wrap("number".equals(node.path("listType").asString("")) ? "ol" : "ul", node, out, leftovers);
			case "listitem" -> wrap("li", node, out, leftovers);
			default -> GhostCards.html(type, node, out, leftovers);
		}
	}

	private static String heading(String tag) {
		return tag.matches("h[1-6]") ? tag : "h2";
	}

	private static void wrap(String tag, JsonNode node, StringBuilder out, List<String> leftovers) {
		out.append('<').append(tag).append('>');
		children(node, out, leftovers);
		out.append("</").append(tag).append('>');
	}

	private static final int[] FLAGS = { 16, 1, 2, 4, 8, 32, 64 };

	private static final String[] TAGS = { "code", "strong", "em", "s", "u", "sub", "sup" };

	private static void text(JsonNode node, StringBuilder out) {
		int format = node.path("format").asInt(0);
		for (int i = 0; i < FLAGS.length; i++) {
			if ((format & FLAGS[i]) != 0) {
				out.append('<').append(TAGS[i]).append('>');
			}
		}
		out.append(Entities.escape(node.path("text").asString("")));
		for (int i = FLAGS.length - 1; i >= 0; i--) {
			if ((format & FLAGS[i]) != 0) {
				out.append("</").append(TAGS[i]).append('>');
			}
		}
	}

}
