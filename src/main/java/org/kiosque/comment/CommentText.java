package org.kiosque.comment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reader's plain text made into HTML. Every character of the text goes through
 * {@link #escape}; the only markup added is ours: paragraphs, line breaks and links to
 * {@code http(s)} addresses matched by a strict pattern (no quote, no angle bracket, no
 * space can be part of a link, so an address can never leave its attribute).
 */
final class CommentText {

	static final String LINK_REL = "nofollow ugc noopener";

	/**
	 * Scheme, host, then only URL characters; no quote, apostrophe, angle bracket or
	 * backslash.
	 */
	private static final Pattern LINK = Pattern.compile(
			"https?://[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::[0-9]{1,5})?(?:[/?#][A-Za-z0-9\\-._~:/?#\\[\\]@!$&()*+,;=%]*)?",
			Pattern.CASE_INSENSITIVE);

	/** What the link limit counts: any address-looking start, linked or not. */
	private static final Pattern LINK_LIKE = Pattern.compile("(?i)(?:\\b[a-z][a-z0-9+.-]*://|\\bwww\\.)");

	/** Punctuation that ends a sentence rather than an address. */
	private static final String TRAILING = ".,;:!?)]";

	private CommentText() {
	}

	static String html(String text) {
		String normalised = text.replace("\r\n", "\n").replace('\r', '\n').strip();
		StringBuilder out = new StringBuilder(normalised.length() + 32);
		String[] paragraphs = normalised.split("\n\\s*\n");
		for (String paragraph : paragraphs) {
			if (paragraph.isBlank()) {
				continue;
			}
			out.append("<p>");
			String[] lines = paragraph.strip().split("\n");
			for (int i = 0; i < lines.length; i++) {
				if (i > 0) {
					out.append("<br>\n");
				}
				linkify(lines[i], out);
			}
			out.append("</p>\n");
		}
		return out.toString();
	}

	static int links(String text) {
		Matcher m = LINK_LIKE.matcher(text);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}

	private static void linkify(String line, StringBuilder out) {
		Matcher m = LINK.matcher(line);
		int last = 0;
		while (m.find()) {
			String url = m.group();
			int end = m.end();
			while (!url.isEmpty() && TRAILING.indexOf(url.charAt(url.length() - 1)) >= 0
					&& !(url.endsWith(")") && url.contains("("))) {
				url = url.substring(0, url.length() - 1);
				end--;
			}
			if (m.start() > 0 && Character.isLetterOrDigit(line.charAt(m.start() - 1))) {
				continue; // "xhttp://" is not an address a reader wrote
			}
			out.append(escape(line.substring(last, m.start())));
			String safe = escape(url);
			out.append("<a href=\"")
				.append(safe)
				.append("\" rel=\"")
				.append(LINK_REL)
				.append("\">")
				.append(safe)
				.append("</a>");
			last = end;
		}
		out.append(escape(line.substring(last)));
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				case '`' -> out.append("&#96;");
				default -> {
					// Control characters other than tab have no place in a comment.
					if (c < 0x20 && c != '\t' || c == 0x7f) {
						out.append(' ');
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

}
