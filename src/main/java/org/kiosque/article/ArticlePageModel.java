package org.kiosque.article;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.Labels;
import org.kiosque.site.NewspaperDates;
import org.kiosque.web.PageLayout;
import org.kiosque.web.PageMeta;
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

	ArticlePageModel(PageLayout layout, NewspaperDates dates, StructuredData structuredData, Labels labels) {
		this.layout = layout;
		this.dates = dates;
		this.structuredData = structuredData;
		this.labels = labels;
	}

	/**
	 * Fills {@code model} for the article page and names its template.
	 * @param reads the read count as printed
	 * @param slotArticleId the article the page's slots (comments, read beacon) are for;
	 * {@code null} leaves them out
	 */
	String fill(PublishedArticle article, String reads, @Nullable Long slotArticleId, HttpServletRequest request,
			Model model) {
		PageMeta meta = new PageMeta(article.headline(), description(article), article.path(),
				structuredData.newsArticle(article));
		model.addAttribute("frame", layout.frame(request, meta, slotArticleId));
		model.addAttribute("view",
				new ArticleView(article, dates, reads, labels.get("article.reads", ArticleView.COUNT)));
		return TEMPLATE;
	}

	/**
	 * The meta description: the one the newsroom wrote, else the standfirst, else the
	 * start of the body (160 characters at most).
	 */
	static String description(PublishedArticle article) {
		if (article.description() != null && !article.description().isBlank()) {
			return article.description();
		}
		if (article.standfirst() != null && !article.standfirst().isBlank()) {
			return article.standfirst();
		}
		// Runs on every article view: read only as much of the body as the 160 characters
		// need (tags dropped, white space collapsed), rather than rewriting the whole
		// body
		// with regexes.
		String html = article.bodyHtml();
		StringBuilder text = new StringBuilder(164);
		boolean inTag = false;
		boolean space = false;
		for (int i = 0; i < html.length() && text.length() <= 160; i++) {
			char c = html.charAt(i);
			if (inTag) {
				inTag = c != '>';
			}
			else if (c == '<') {
				inTag = true;
				space = true;
			}
			else if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B') {
				space = true;
			}
			else {
				if (space && !text.isEmpty()) {
					text.append(' ');
				}
				space = false;
				text.append(c);
			}
		}
		if (text.length() <= 160) {
			return text.toString();
		}
		int cut = text.lastIndexOf(" ", 157);
		return text.substring(0, cut > 0 ? cut : 157) + "…";
	}

}
