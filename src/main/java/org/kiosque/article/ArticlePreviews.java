package org.kiosque.article;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.Labels;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/**
 * An article shown before (or after) its publication exactly as readers get it: the
 * public article page's own model and template, whatever the article's status. Nothing of
 * a reader's visit happens: no read is counted, no comment thread or read beacon is
 * drawn, and the answer tells search engines and caches to keep nothing
 * ({@code X-Robots-Tag: noindex}, {@code Cache-Control: no-store}).
 */
@Service
public class ArticlePreviews {

	private final ArticleRepository articles;

	private final ArticlePageModel page;

	private final ReadCounter reads;

	private final Labels labels;

	private final Clock clock;

	private final PictureShelf pictures;

	ArticlePreviews(ArticleRepository articles, ArticlePageModel page, ReadCounter reads, Labels labels, Clock clock,
			PictureShelf pictures) {
		this.articles = articles;
		this.pictures = pictures;
		this.page = page;
		this.reads = reads;
		this.labels = labels;
		this.clock = clock;
	}

	/**
	 * Fills {@code model} with the article page of article {@code id} and names its
	 * template; {@code null} when there is no such article (the caller answers 404).
	 */
	@Transactional(readOnly = true)
	public @Nullable String show(long id, HttpServletRequest request, HttpServletResponse response, Model model) {
		var found = articles.anyById(id, clock.instant());
		if (found.isEmpty()) {
			return null;
		}
		PublishedArticle bare = pictures.article(found.get());
		PublishedArticle article = new PublishedArticle(bare.id(), bare.slug(), bare.headline(), bare.standfirst(),
				bare.bodyHtml(), bare.section(), articles.tagsOf(List.of(id)).getOrDefault(id, List.of()),
				bare.byline(), bare.source(), bare.publishedAt(), bare.timeKnown(), bare.image(), bare.description());
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
		response.setHeader("Cache-Control", "no-store");
		// The public page's read count line, words and all; only its liveText is taken,
		// so nothing is counted.
		return page.fill(article, new ReadCountView(id, reads, labels).liveText(), null, request, model);
	}

}
