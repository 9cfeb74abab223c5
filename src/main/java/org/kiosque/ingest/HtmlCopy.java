package org.kiosque.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.html2md.converter.ExtensionConversion;
import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;

/**
 * Story HTML from elsewhere (agency XHTML and NITF bodies, WordPress and Ghost posts) as
 * Kiosque's CommonMark Markdown: paragraphs, subheads, lists, quotes, emphasis and links.
 * What has no Markdown form (scripts, iframes, forms, objects) is never dropped silently:
 * it is named in {@link Converted#leftovers()} for the caller's report, and an element
 * with an address (an embed) is kept as a plain link to it. Pictures ({@code img}) are
 * left out and listed too: a caller that brings pictures in takes them out of the HTML
 * before converting it.
 */
public final class HtmlCopy {

	private static final List<String> FOREIGN = List.of("script", "style", "iframe", "object", "embed", "form", "video",
			"audio", "canvas", "svg", "noscript");

	/**
	 * Headings as {@code ##} (setext underlines stop at level 2), typography as written
	 * (flexmark would make {@code ’} and {@code «} plain ASCII quotes, which French never
	 * uses; a no-break space stays one, not a plain space), and a {@code <br>
	 * } as a line break inside its paragraph rather than a new paragraph. Superscript,
	 * subscript, underline and strike-through stay inline HTML ({@code 1<sup>er</sup>
	 * avril}, as French writes ordinals): flexmark's {@code ^er^} and {@code ~~x~~} are
	 * no CommonMark, and a reader would see the marks; the body's sanitiser keeps those
	 * elements.
	 */
	private static final FlexmarkHtmlConverter CONVERTER = FlexmarkHtmlConverter
		.builder(new MutableDataSet().set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false)
			.set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false)
			.set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false)
			.set(FlexmarkHtmlConverter.BR_AS_PARA_BREAKS, false)
			.set(FlexmarkHtmlConverter.BR_AS_EXTRA_BLANK_LINES, false)
			.set(FlexmarkHtmlConverter.NBSP_TEXT, "\u00A0")
			.set(FlexmarkHtmlConverter.EXT_INLINE_SUP, ExtensionConversion.HTML)
			.set(FlexmarkHtmlConverter.EXT_INLINE_SUB, ExtensionConversion.HTML)
			.set(FlexmarkHtmlConverter.EXT_INLINE_INS, ExtensionConversion.HTML)
			.set(FlexmarkHtmlConverter.EXT_INLINE_DEL, ExtensionConversion.HTML))
		.build();

	/** A private-use character that marks a line break through the conversion. */
	private static final String BREAK = "\uE000";

	/**
	 * A private-use character that marks text written right after an inline element
	 * ({@code <strong>soulagés</strong>.}), where flexmark puts a space of its own.
	 */
	private static final String JOINED = "\uE001";

	private static final Pattern JOINED_AFTER = Pattern.compile("( ?)" + JOINED);

	private HtmlCopy() {
	}

	/**
	 * The Markdown of an HTML fragment, and what of it could not be carried over.
	 *
	 * @param markdown the story as Markdown, stripped; blank for blank HTML
	 * @param leftovers one line per element that has no Markdown form ({@code iframe
	 * https://www.youtube.com/embed/…}), in document order; empty when all came over
	 */
	public record Converted(String markdown, List<String> leftovers) {

		public Converted {
			leftovers = List.copyOf(leftovers);
		}

	}

	/** Converts an HTML fragment (a story body, without {@code html}/{@code body}). */
	public static Converted markdown(String html) {
		Document document = Jsoup.parseBodyFragment(html == null ? "" : html);
		List<String> leftovers = new ArrayList<>();
		for (Element foreign : document.body().select(String.join(",", FOREIGN))) {
			String address = foreign.hasAttr("src")
					? foreign.absUrl("src").isEmpty() ? foreign.attr("src") : foreign.absUrl("src")
					: foreign.attr("data");
			leftovers.add((foreign.tagName() + " " + address).strip());
			if (!foreign.tagName().equals("img") && (address.startsWith("http://") || address.startsWith("https://"))) {
				foreign.replaceWith(new Element("p").appendChild(new Element("a").attr("href", address).text(address)));
			}
			else {
				foreign.remove();
			}
		}
		// Not pretty printed: indenting would put a line break before a <br> and a space
		// between an emphasis and the punctuation after it.
		document.outputSettings().prettyPrint(false);
		String clean = Jsoup.clean(document.body().html(), "", Safelist.relaxed().addTags("hr", "del", "s", "ins"),
				new Document.OutputSettings().prettyPrint(false));
		// flexmark makes a <br> a new paragraph whatever its options: each is marked
		// and made a CommonMark hard line break (a backslash at the line's end) after,
		// or nothing at the end of a paragraph.
		Document cleaned = Jsoup.parseBodyFragment(clean);
		cleaned.outputSettings().prettyPrint(false);
		markJoined(cleaned);
		for (Element br : cleaned.body().select("br")) {
			br.replaceWith(new TextNode(BREAK));
		}
		String markdown = joined(CONVERTER.convert(cleaned.body().html()))
			.replaceAll("[ \\t]*\\n?[ \\t]*" + BREAK + "\\s*(\\n\\s*\\n|$)", "$1")
			.replaceAll("[ \\t]*\\n?[ \\t]*" + BREAK + "[ \\t]*\\n?[ \\t]*", "\\\\\n");
		return new Converted(markdown.strip(), leftovers);
	}

	/**
	 * Marks the text that follows an inline element without a space. flexmark puts a
	 * space after an emphasis followed by more elements in its paragraph (a guard against
	 * Markdown's flanking rules), whatever comes next: {@code **soulagés** .}, which a
	 * reader sees as « soulagés . ». An element whose text ends in a space is left alone:
	 * flexmark moves that space out, and it is the writer's.
	 */
	private static void markJoined(Document document) {
		for (Element inline : document.body().getAllElements()) {
			String inside = inline.wholeText();
			if (!inline.isBlock() && !inside.isEmpty() && !isSpace(inside.charAt(inside.length() - 1))
					&& inline.nextSibling() instanceof TextNode after && !after.getWholeText().isEmpty()
					&& !Character.isWhitespace(after.getWholeText().charAt(0))) {
				after.text(JOINED + after.getWholeText());
			}
		}
	}

	/**
	 * Takes out the space flexmark put before marked text, unless the emphasis would no
	 * longer close without it: {@code **mot.**x} is no emphasis in CommonMark (a closing
	 * {@code **} after punctuation must be followed by a space or punctuation), nor
	 * {@code **a***b*}. There a space is needed, and put in when flexmark left it out (it
	 * does for the last element of a paragraph): the reader sees the bold rather than its
	 * asterisks.
	 */
	private static String joined(String markdown) {
		Matcher mark = JOINED_AFTER.matcher(markdown);
		StringBuilder out = new StringBuilder();
		while (mark.find()) {
			mark.appendReplacement(out, needsSpace(markdown, mark.start(), mark.end()) ? " " : "");
		}
		mark.appendTail(out);
		return out.toString();
	}

	/** Whether the emphasis closing before {@code space} needs it to close. */
	private static boolean needsSpace(String markdown, int space, int next) {
		int run = space;
		while (run > 0 && markdown.charAt(run - 1) == '*') {
			run--;
		}
		if (run == space || run == 0 || next >= markdown.length()) {
			return false;
		}
		char after = markdown.charAt(next);
		return after == '*' || after == '_'
				|| isPunctuation(markdown.charAt(run - 1)) && !isSpace(after) && !isPunctuation(after);
	}

	/** CommonMark's Unicode whitespace, the no-break spaces included. */
	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

	/** CommonMark's Unicode punctuation: the P and S categories. */
	private static boolean isPunctuation(char c) {
		return switch (Character.getType(c)) {
			case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
					Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
					Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
					Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL ->
				true;
			default -> false;
		};
	}

}
