package org.kiosque.article;

import java.util.List;

import org.kiosque.media.PictureUses;
import org.springframework.stereotype.Component;

/**
 * The articles that lead with a picture, for the media library: it lists them and refuses
 * to delete a picture still used. Every article counts, whatever its status: a draft
 * would lose its picture as surely as a published one.
 */
@Component
class ArticlePictureUses implements PictureUses {

	/** The desk's editor of one article; the library links each use to it. */
	static final String EDITOR = "/newsroom/articles/";

	private final ArticleRepository articles;

	ArticlePictureUses(ArticleRepository articles) {
		this.articles = articles;
	}

	@Override
	public List<Use> of(long pictureId) {
		return articles.usesOf(pictureId)
			.stream()
			.map(use -> new Use(use.headline(), EDITOR + use.articleId()))
			.toList();
	}

}
