package org.kiosque.article;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.Excerpt;
import org.kiosque.site.Labels;
import org.kiosque.site.PlainText;
import org.kiosque.site.SiteSettings;
import org.kiosque.site.NewspaperDates;
import org.kiosque.web.PageLayout;
import org.kiosque.web.PageMeta;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the article page shows, made once for readers ({@link ArticlePages}) and for the
 * newsroom's preview ({@link ArticlePreviews}), so that a preview is the page readers
 * will get, template and all.
 */
@Component
class ArticlePageModel {

	/** The article page's template. */
	static final String TEMPLATE = "article/article";

	private final PageLayout layout;

	private final NewspaperDates dates;

	private final StructuredData structuredData;

	private final Labels labels;

	private final ArticleCatalog catalog;

	private final TeaserItems teasers;

	private final SiteSettings site;

	private final ObjectProvider<BylineLinks> bylines;

	ArticlePageModel(PageLayout layout, NewspaperDates dates, StructuredData structuredData, Labels labels,
			ArticleCatalog catalog, TeaserItems teasers, SiteSettings site, ObjectProvider<BylineLinks> bylines) {
		this.teasers = teasers;
		this.site = site;
		this.layout = layout;
		this.dates = dates;
		this.structuredData = structuredData;
		this.labels = labels;
		this.catalog = catalog;
		this.bylines = bylines;
	}

	/** The longest meta description, in characters, ellipsis included. */
	static final int DESCRIPTION = 160;

	/**
	 * Fills {@code model} for the article page and names its template.
	 * @param reads the read count as printed
	 * @param slotArticleId the article the page's slots (comments, read beacon) are for;
	 * {@code null} leaves them out
	 */
	String fill(PublishedArticle article, String reads, @Nullable Long slotArticleId, HttpServletRequest request,
			Model model) {
		String description = description(article);
		String bylineUrl = bylineUrl(article);
		PageMeta meta = new PageMeta(article.headline(), description, article.path(),
				structuredData.newsArticle(article, description, bylineUrl,
						bylineUrl == null ? null : authorImage(article)),
				"article", structuredData.card(article.image()));
		model.addAttribute("frame", layout.frame(request, meta, slotArticleId, article.path()));
		model.addAttribute("view",
				new ArticleView(article, dates, labels, reads, teasers.ofArticle(article.id()),
						teasers.of(catalog.related(article)),
						ShareLinks.of(site.absolute(article.path()), article.headline())));
		model.addAttribute("bylineUrl", bylineUrl);
		return TEMPLATE;
	}

	/** The author page the byline links to ({@link BylineLinks}), or {@code null}. */
	@Nullable String bylineUrl(PublishedArticle article) {
		String byline = article.byline();
		BylineLinks links = bylines.getIfAvailable();
		if (byline == null || byline.isBlank() || links == null) {
			return null;
		}
		return catalog.authorOf(article.id()).flatMap(author -> links.authorPath(author, byline)).orElse(null);
	}

	/**
	 * The byline's author's portrait ({@link BylineLinks#authorImage}), or {@code null}.
	 */
	private @Nullable String authorImage(PublishedArticle article) {
		String byline = article.byline();
		BylineLinks links = bylines.getIfAvailable();
		if (byline == null || byline.isBlank() || links == null) {
			return null;
		}
		return catalog.authorOf(article.id()).flatMap(author -> links.authorImage(author, byline)).orElse(null);
	}

	/**
	 * What search engines and link previews show: the description the newsroom wrote,
	 * else the standfirst, else the opening of the body, as plain text (derived once from
	 * the HTML, entities decoded; the template escapes it) cut at {@value #DESCRIPTION}
	 * characters.
	 */
	static String description(PublishedArticle article) {
		String text = article.description();
		if (text == null || text.isBlank()) {
			text = article.standfirst();
		}
		if (text == null || text.isBlank()) {
			// Runs on every article view: only the body's opening is parsed.
			text = PlainText.openingOfHtml(article.bodyHtml(), DESCRIPTION);
		}
		return Excerpt.of(text, DESCRIPTION);
	}

}
