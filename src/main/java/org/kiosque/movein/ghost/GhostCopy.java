package org.kiosque.movein.ghost;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;
import org.jspecify.annotations.Nullable;
import org.kiosque.ingest.HtmlCopy;
import org.kiosque.movein.ghost.GhostExport.Body;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Ghost post's text as Kiosque's Markdown. The source is the HTML Ghost rendered
 * ({@code posts.html}) when the export has it, else the post rendered here from its
 * Lexical or mobiledoc document (or the Markdown of Ghost 0.x). Pictures are taken out
 * before {@link HtmlCopy} converts the rest: each one the {@code pictures} function finds
 * in the library becomes a Markdown picture, or a {@code figure} with its caption;
 * another site's picture stays a link to it; a missing one is reported. Nothing that
 * cannot be converted goes unreported ({@link Copy#leftovers()}).
 */
final class GhostCopy {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Parser MARKDOWN = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();

	private static final String MARK = "KIOSQUEPICTURE";

	private GhostCopy() {
	}

	/** Where a picture's address leads. */
	sealed interface Lookup {

		/** In the library; {@code path} is the address to print. */
		record InLibrary(String path) implements Lookup {
		}

		/** On another site: kept as a link, never fetched. */
		record Elsewhere(String url) implements Lookup {
		}

		/** The Ghost site's own picture, whose file is not in {@code --images}. */
		record Missing(String reference) implements Lookup {
		}

	}

	/**
	 * The body as Markdown.
	 *
	 * @param leftovers what could not come over as it was, one line each
	 * ({@code iframe https://…}, {@code card signup}, {@code image missing: …})
	 */
	record Copy(String markdown, List<String> leftovers) {
	}

	/** The post's HTML, from the best source the export has. */
	static String html(Body body, List<String> leftovers) {
		if (body.html() != null) {
			return body.html();
		}
		StringBuilder out = new StringBuilder();
		if (body.lexical() != null) {
			LexicalHtml.render(json(body.lexical(), leftovers), out, leftovers);
		}
		else if (body.mobiledoc() != null) {
			MobiledocHtml.render(json(body.mobiledoc(), leftovers), out, leftovers);
		}
		else if (body.markdown() != null) {
			out.append(RENDERER.render(MARKDOWN.parse(body.markdown())));
		}
		return out.toString();
	}

	private static JsonNode json(String text, List<String> leftovers) {
		try {
			return JSON.readTree(text);
		}
		catch (JacksonException e) {
			leftovers.add("unreadable document: " + e.getOriginalMessage());
			return JSON.createObjectNode();
		}
	}

	/**
	 * The body of {@code body} as Markdown, its pictures looked up with {@code pictures}.
	 */
	static Copy markdown(Body body, Function<String, Lookup> pictures) {
		List<String> leftovers = new ArrayList<>();
		Document document = Jsoup.parseBodyFragment(html(body, leftovers));
		// Pretty printing would put spaces between an emphasis and the punctuation after
		// it.
		document.outputSettings().prettyPrint(false);
		List<String> blocks = new ArrayList<>();
		for (Element img : document.body().select("img")) {
			Element figure = img.closest("figure");
			Element replaced = figure != null && figure.select("img").size() == 1 ? figure : img;
			String caption = figure == null ? null : figure.selectFirst("figcaption") == null ? null
					: Jsoup.clean(figure.selectFirst("figcaption").html(), Safelist.basic()).strip();
			String block = switch (pictures.apply(img.attr("src"))) {
				case Lookup.InLibrary found -> picture(found.path(), img.attr("alt"), caption);
				case Lookup.Elsewhere elsewhere -> {
					leftovers.add("image elsewhere: " + elsewhere.url());
					yield "[" + escaped(img.attr("alt").isBlank() ? elsewhere.url() : img.attr("alt")) + "]("
							+ destination(elsewhere.url()) + ")";
				}
				case Lookup.Missing missing -> {
					// The importer reports the missing file; its caption stays.
					yield caption == null || caption.isEmpty() ? null : "*" + Jsoup.parse(caption).text() + "*";
				}
			};
			if (block == null) {
				replaced.remove();
			}
			else {
				replaced.replaceWith(new Element("p").text(MARK + blocks.size()));
				blocks.add(block);
			}
		}
		HtmlCopy.Converted converted = HtmlCopy.markdown(document.body().html());
		leftovers.addAll(converted.leftovers());
		String markdown = converted.markdown();
		for (int i = blocks.size() - 1; i >= 0; i--) {
			markdown = markdown.replace(MARK + i, blocks.get(i));
		}
		return new Copy(markdown, leftovers);
	}

	/**
	 * A library picture: {@code ![alt](path)}, or with a caption a one-line
	 * {@code figure} that the body's renderer keeps (an HTML block in CommonMark).
	 */
	private static String picture(String path, String alt, @Nullable String caption) {
		if (caption == null || caption.isEmpty()) {
			return "![" + escaped(alt) + "](" + destination(path) + ")";
		}
		return "<figure><img src=\"" + Entities.escape(path) + "\" alt=\"" + Entities.escape(alt) + "\"><figcaption>"
				+ caption.replaceAll("\\s*\\R\\s*", " ") + "</figcaption></figure>";
	}

	private static String escaped(String text) {
		return text.replaceAll("([\\\\\\[\\]])", "\\\\$1").replaceAll("\\s+", " ");
	}

	private static String destination(String url) {
		return "<" + url.replace("<", "%3C").replace(">", "%3E") + ">";
	}

	/** A caption (HTML in Ghost) as plain text, for the lead picture. */
	static Optional<String> plain(@Nullable String html) {
		if (html == null) {
			return Optional.empty();
		}
		String text = Jsoup.parse(html).text().strip();
		return text.isEmpty() ? Optional.empty() : Optional.of(text);
	}

}
