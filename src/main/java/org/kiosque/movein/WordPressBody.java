package org.kiosque.movein;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.kiosque.ingest.HtmlCopy;

/**
 * A WordPress post's body, as the block editor (Gutenberg: HTML between
 * {@code <!-- wp:… -->} comments) or the classic editor (HTML whose paragraphs are blank
 * lines, made {@code
 *
<p>
 * } by WordPress's {@code wpautop} when shown) stored it, made Kiosque's Markdown through
 * {@link HtmlCopy}.
 * <ul>
 * <li>classic text gets its paragraphs and line breaks as {@code wpautop} would give
 * them;</li>
 * <li>{@code [caption]} shortcodes and image blocks
 * ({@code <figure class="wp-block-image">}) become {@link Figure figures}: the caller
 * brings each picture into the library and says how it shows ({@link #markdown}'s
 * {@code figures});</li>
 * <li>embeds (blocks, {@code [embed]}, {@code [video]}, {@code [audio]}, iframes) become
 * links to what they showed;</li>
 * <li>any other shortcode ({@code [gallery ids="1,2"]}, a plug-in's) stays visible as it
 * was written and is listed with the leftovers, never dropped.</li>
 * </ul>
 */
final class WordPressBody {

	/** A placeholder no text holds, replaced by the figure once converted. */
	private static final String MARK = "KIOSQUEFIGURE";

	private static final Pattern MARKS = Pattern.compile(MARK + "(\\d+)");

	private static final String BLOCKS = "(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre"
			+ "|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup"
			+ "|header|footer|nav|figure|figcaption|details|menu|summary|iframe)";

	private static final Pattern BLOCK_START = Pattern.compile("(?i)(<" + BLOCKS + "[\\s/>])");

	private static final Pattern BLOCK_END = Pattern.compile("(?i)(</" + BLOCKS + ">)");

	private static final Pattern STARTS_WITH_BLOCK = Pattern.compile("(?is)^</?" + BLOCKS + "[\\s/>].*");

	private static final Pattern CAPTION = Pattern.compile("(?is)\\[caption([^\\]]*)\\](.*?)\\[/caption\\]");

	private static final Pattern EMBED = Pattern.compile("(?is)\\[embed[^\\]]*\\](.*?)\\[/embed\\]");

	private static final Pattern MEDIA = Pattern.compile(
			"(?is)\\[(video|audio)[^\\]]*?\\b(?:src|mp4|mp3|webm|ogg)=[\"']([^\"']+)[\"'][^\\]]*\\](?:\\s*\\[/\\1\\])?");

	private static final Pattern OTHER_SHORTCODE = Pattern
		.compile("\\[([a-z][a-z0-9_-]*)(\\s[^\\]]*)?\\](?:(.*?)\\[/\\1\\])?", Pattern.DOTALL);

	private static final Pattern ATTRIBUTE_CAPTION = Pattern.compile("(?is)\\bcaption=\"([^\"]*)\"");

	private static final Pattern WP_IMAGE = Pattern.compile("wp-image-(\\d+)");

	private WordPressBody() {
	}

	/**
	 * A picture of the body.
	 *
	 * @param src the {@code img}'s address
	 * ({@code https://…/wp-content/uploads/2019/05/a.jpg})
	 * @param attachmentId the WordPress attachment ({@code wp-image-45}), or {@code null}
	 * @param caption its caption, or {@code null}
	 */
	record Figure(String src, @Nullable String attachmentId, @Nullable String caption) {
	}

	/**
	 * The converted body.
	 *
	 * @param leftovers what has no Markdown form: embeds kept as links, shortcodes kept
	 * as text, pictures from elsewhere kept as links
	 */
	record Converted(String markdown, List<String> leftovers) {
	}

	/**
	 * Converts a body.
	 * @param content {@code content:encoded} as exported
	 * @param figures how each figure shows in Markdown (a library picture's
	 * {@link MovingIn#figure}, or its caption alone when its file is missing)
	 */
	static Converted markdown(String content, Function<Figure, String> figures) {
		List<String> leftovers = new ArrayList<>();
		String html = content == null ? "" : content.replace("\r\n", "\n");
		boolean blocks = html.contains("<!-- wp:");
		html = shortcodes(html, leftovers);
		if (!blocks) {
			html = autop(html);
		}
		Document document = Jsoup.parseBodyFragment(html);
		paragraphs(document);
		embeds(document);
		List<Figure> found = figures(document, leftovers);
		HtmlCopy.Converted converted = HtmlCopy.markdown(document.body().html());
		leftovers.addAll(converted.leftovers());
		List<String> shown = found.stream().map(figures).toList();
		Matcher marks = MARKS.matcher(converted.markdown());
		StringBuilder markdown = new StringBuilder();
		while (marks.find()) {
			int n = Integer.parseInt(marks.group(1));
			marks.appendReplacement(markdown, Matcher.quoteReplacement(n < shown.size() ? shown.get(n) : ""));
		}
		marks.appendTail(markdown);
		return new Converted(markdown.toString().strip(), leftovers);
	}

	/**
	 * Text as {@code wpautop} shows it: a blank line ends a paragraph, a single line
	 * break is a {@code <br>
	 * }; block elements stand on their own.
	 */
	static String autop(String text) {
		if (text.isBlank()) {
			return "";
		}
		String spaced = BLOCK_END.matcher(BLOCK_START.matcher(text).replaceAll("\n\n$1")).replaceAll("$1\n\n");
		StringBuilder html = new StringBuilder();
		for (String chunk : spaced.split("\\n\\s*\\n")) {
			String trimmed = chunk.strip();
			if (trimmed.isEmpty()) {
				continue;
			}
			if (STARTS_WITH_BLOCK.matcher(trimmed).matches()) {
				html.append(trimmed).append('\n');
			}
			else {
				html.append("<p>").append(trimmed.replaceAll("\\s*\\n\\s*", "<br>\n")).append("</p>\n");
			}
		}
		return html.toString();
	}

	private static String shortcodes(String html, List<String> leftovers) {
		String text = replace(CAPTION, html, m -> {
			Matcher attribute = ATTRIBUTE_CAPTION.matcher(m.group(1));
			Document inner = Jsoup.parseBodyFragment(m.group(2));
			Element img = inner.selectFirst("img");
			String caption = attribute.find() ? attribute.group(1) : inner.text().strip();
			if (img == null) {
				return "<p>" + m.group(2) + "</p>";
			}
			img.remove();
			return "\n\n<figure>" + img.outerHtml() + "<figcaption>" + org.jsoup.nodes.Entities.escape(caption)
					+ "</figcaption></figure>\n\n";
		});
		text = replace(EMBED, text, m -> link(m.group(1).strip()));
		text = replace(MEDIA, text, m -> link(m.group(2).strip()));
		Matcher other = OTHER_SHORTCODE.matcher(text);
		while (other.find()) {
			if (other.group(2) != null || other.group(3) != null) {
				leftovers.add("shortcode " + abbreviated(other.group()));
			}
		}
		return text;
	}

	private static String replace(Pattern pattern, String text, Function<Matcher, String> by) {
		Matcher m = pattern.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(by.apply(m)));
		}
		m.appendTail(out);
		return out.toString();
	}

	private static String link(String url) {
		String escaped = org.jsoup.nodes.Entities.escape(url);
		return "\n\n<p><a href=\"" + escaped + "\">" + escaped + "</a></p>\n\n";
	}

	/**
	 * Text standing between blocks (a shortcode block's, a custom HTML block's) as a
	 * paragraph of its own, as WordPress shows it, rather than run into its neighbours.
	 */
	private static void paragraphs(Document document) {
		for (org.jsoup.nodes.Node node : new ArrayList<>(document.body().childNodes())) {
			if (node instanceof org.jsoup.nodes.TextNode text && !text.isBlank()) {
				text.wrap("<p></p>");
			}
		}
	}

	/** Embed blocks, whose wrapper holds the address as text: a link to it. */
	private static void embeds(Document document) {
		for (Element embed : document.select("figure.wp-block-embed, figure[class*=wp-block-embed]")) {
			Element wrapper = embed.selectFirst(".wp-block-embed__wrapper");
			String url = (wrapper == null ? embed.text() : wrapper.text()).strip().split("\\s+")[0];
			if (url.startsWith("http://") || url.startsWith("https://")) {
				Element link = new Element("a").attr("href", url).text(url);
				embed.replaceWith(new Element("p").appendChild(link));
			}
		}
	}

	/**
	 * Every picture: its figure (or the link or paragraph around it alone) replaced by a
	 * placeholder paragraph, in document order.
	 */
	private static List<Figure> figures(Document document, List<String> leftovers) {
		List<Figure> figures = new ArrayList<>();
		for (Element img : document.body().select("img")) {
			String src = img.attr("src").strip();
			if (src.isEmpty()) {
				img.remove();
				continue;
			}
			Element figure = img.closest("figure");
			String caption = null;
			if (figure != null) {
				Element figcaption = figure.selectFirst("figcaption");
				caption = figcaption == null ? null : figcaption.text().strip();
			}
			if (caption == null || caption.isEmpty()) {
				caption = img.attr("alt").isBlank() ? null : img.attr("alt").strip();
			}
			Matcher id = WP_IMAGE.matcher(img.className() + " " + (figure == null ? "" : figure.className()));
			if (!src.toLowerCase(Locale.ROOT).contains("/wp-content/uploads/") && !src.startsWith("/")) {
				leftovers.add("img " + src);
			}
			figures.add(new Figure(src, id.find() ? id.group(1) : null, caption));
			Element replaced = figure != null ? figure : img;
			Element parent = replaced.parent();
			if (figure == null && parent != null && parent.tagName().equals("a") && parent.children().size() == 1) {
				replaced = parent;
				parent = parent.parent();
			}
			Element mark = new Element("p").text(MARK + (figures.size() - 1));
			if (parent != null && parent.tagName().equals("p") && parent.text().isBlank()
					&& parent.children().size() == 1) {
				parent.replaceWith(mark);
			}
			else if (parent != null && parent.tagName().equals("p")) {
				// A picture inside a paragraph of text: after the paragraph.
				replaced.remove();
				parent.after(mark);
			}
			else {
				replaced.replaceWith(mark);
			}
		}
		return figures;
	}

	private static String abbreviated(String text) {
		String line = text.replaceAll("\\s+", " ").strip();
		return line.length() <= 120 ? line : line.substring(0, 119) + "…";
	}

}
