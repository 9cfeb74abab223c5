package org.kiosque.article;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Turns the Markdown the newsroom writes into the HTML the page prints. Done once, at
 * save time; whatever HTML a writer or an import slipped in goes through the OWASP
 * sanitiser. The one renderer of Markdown for the site: articles, and the legal and
 * service pages ({@code org.kiosque.legal}).
 */
@Component
public class BodyRenderer {

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.LINKS)
		.and(Sanitizers.TABLES)
		.and(Sanitizers.IMAGES)
		.and(new HtmlPolicyBuilder().allowElements("figure", "figcaption", "hr", "pre", "code", "br")
			.allowAttributes("cite")
			.onElements("blockquote")
			.toFactory());

	private final Parser parser = Parser.builder().build();

	private final HtmlRenderer renderer = HtmlRenderer.builder().build();

	/** Sanitised HTML of {@code markdown} (CommonMark), without surrounding blanks. */
	public String html(String markdown) {
		return POLICY.sanitize(renderer.render(parser.parse(markdown))).strip();
	}

}
