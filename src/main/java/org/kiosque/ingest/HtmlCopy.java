package org.kiosque.ingest;

import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
	 * } as a line break inside its paragraph rather than a new paragraph.
	 */
	private static final FlexmarkHtmlConverter CONVERTER = FlexmarkHtmlConverter
		.builder(new MutableDataSet().set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false)
			.set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false)
			.set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false)
			.set(FlexmarkHtmlConverter.BR_AS_PARA_BREAKS, false)
			.set(FlexmarkHtmlConverter.BR_AS_EXTRA_BLANK_LINES, false)
			.set(FlexmarkHtmlConverter.NBSP_TEXT, "\u00A0"))
		.build();

	/** A private-use character that marks a line break through the conversion. */
	private static final String BREAK = "\uE000";

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
		String clean = Jsoup.clean(document.body().html(), "", Safelist.relaxed().addTags("hr"),
				new Document.OutputSettings().prettyPrint(false));
		// flexmark makes a <br> a new paragraph whatever its options: each is marked
		// and made a CommonMark hard line break (a backslash at the line's end) after,
		// or nothing at the end of a paragraph.
		Document cleaned = Jsoup.parseBodyFragment(clean);
		cleaned.outputSettings().prettyPrint(false);
		for (Element br : cleaned.body().select("br")) {
			br.replaceWith(new org.jsoup.nodes.TextNode(BREAK));
		}
		String markdown = CONVERTER.convert(cleaned.body().html())
			.replaceAll("[ \\t]*\\n?[ \\t]*" + BREAK + "\\s*(\\n\\s*\\n|$)", "$1")
			.replaceAll("[ \\t]*\\n?[ \\t]*" + BREAK + "[ \\t]*\\n?[ \\t]*", "\\\\\n");
		return new Converted(markdown.strip(), leftovers);
	}

}
