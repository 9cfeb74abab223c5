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
	 * French copy comes as written: flexmark's typographic rewriting would turn ’ into '
	 * and « » into escaped {@code <<} {@code >>}, and its default no-break space is a
	 * plain one; subheads are ATX ({@code ## }) so a following paragraph never reads as
	 * one.
	 */
	private static final FlexmarkHtmlConverter CONVERTER = FlexmarkHtmlConverter
		.builder(new MutableDataSet().set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false)
			.set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false)
			.set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false)
			.set(FlexmarkHtmlConverter.NBSP_TEXT, "\u00A0"))
		.build();

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
		String clean = Jsoup.clean(document.body().html(), Safelist.relaxed());
		return new Converted(CONVERTER.convert(clean).strip(), leftovers);
	}

}
