package org.kiosque.article;

import java.util.List;
import java.util.Locale;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.ElementPolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Turns the Markdown the newsroom writes into the HTML the page prints. Done once, at
 * save time; whatever HTML a writer or an import slipped in goes through the OWASP
 * sanitiser. The one renderer of Markdown for the site: articles, and the legal and
 * service pages ({@code org.kiosque.legal}). CommonMark with GitHub's pipe tables
 * ({@code | Liste | Voix |}, then {@code |---|--:|}), as election results and scores
 * come.
 */
@Component
public class BodyRenderer {

	/**
	 * A cell's alignment ({@code align}, as the tables extension writes it and as old
	 * HTML does) becomes a class, {@code align-right}: the attribute is obsolete HTML,
	 * and the site's Content-Security-Policy forbids the inline style that would replace
	 * it. The sanitiser has kept only {@code left}, {@code center} or {@code right} by
	 * then.
	 */
	private static final ElementPolicy ALIGNED_AS_CLASS = (name, attributes) -> {
		for (int i = 0; i < attributes.size(); i += 2) {
			if (attributes.get(i).equals("align")) {
				attributes.set(i, "class");
				attributes.set(i + 1, "align-" + attributes.get(i + 1).toLowerCase(Locale.ROOT));
			}
		}
		return name;
	};

	/**
	 * Tables as OWASP's {@link Sanitizers#TABLES}, less the attributes HTML made obsolete
	 * ({@code summary}, {@code valign}, {@code align} but a cell's, which becomes a
	 * class).
	 */
	private static final PolicyFactory TABLES = new HtmlPolicyBuilder()
		.allowElements("table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr")
		.allowElements(ALIGNED_AS_CLASS, "th", "td")
		.allowAttributes("align")
		.matching(true, "left", "center", "right")
		.onElements("th", "td")
		.allowTextIn("table")
		.toFactory();

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.LINKS)
		.and(TABLES)
		.and(Sanitizers.IMAGES)
		.and(new HtmlPolicyBuilder().allowElements("figure", "figcaption", "hr", "pre", "code", "br")
			.allowAttributes("cite")
			.onElements("blockquote")
			.toFactory());

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).build();

	/**
	 * Sanitised HTML of {@code markdown} (CommonMark and pipe tables), without
	 * surrounding blanks.
	 */
	public String html(String markdown) {
		return POLICY.sanitize(renderer.render(parser.parse(markdown))).strip();
	}

}
