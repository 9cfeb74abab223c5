package org.kiosque.article;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.kiosque.media.PictureRef;
import org.kiosque.media.Pictures;
import org.kiosque.media.Rendition;
import org.springframework.stereotype.Component;

/**
 * Reads the library's pictures that articles lead with, for many articles at once (one
 * query for a whole front page), so that the pages can write every rendition's address
 * and size from the {@link PictureRef} alone. Articles without a picture cost nothing.
 */
@Component
class PictureShelf {

	private final Pictures library;

	PictureShelf(Pictures library) {
		this.library = library;
	}

	/** The teasers with their pictures read, in the same order. */
	List<ArticleTeaser> teasers(List<ArticleTeaser> teasers) {
		Map<Long, PictureRef> found = refs(teasers.stream().map(t -> t.image().pictureId()).toList());
		if (found.isEmpty()) {
			return teasers;
		}
		return teasers.stream()
			.map(t -> new ArticleTeaser(t.id(), t.slug(), t.headline(), t.standfirst(), t.section(), t.source(),
					t.publishedAt(), t.timeKnown(), filled(t.image(), found), t.createdAt(), t.modifiedAt()))
			.toList();
	}

	/** The articles with their pictures read, in the same order. */
	List<PublishedArticle> articles(List<PublishedArticle> articles) {
		Map<Long, PictureRef> found = refs(articles.stream().map(a -> a.image().pictureId()).toList());
		if (found.isEmpty()) {
			return articles;
		}
		return articles.stream().map(a -> with(a, filled(a.image(), found))).toList();
	}

	/** The article with its picture read. */
	PublishedArticle article(PublishedArticle article) {
		return articles(List.of(article)).get(0);
	}

	private static PublishedArticle with(PublishedArticle a, LeadImage image) {
		return new PublishedArticle(a.id(), a.slug(), a.headline(), a.standfirst(), a.bodyHtml(), a.section(), a.tags(),
				a.byline(), a.source(), a.publishedAt(), a.timeKnown(), image, a.description(), a.modifiedAt(),
				a.corrections());
	}

	private LeadImage filled(LeadImage image, Map<Long, PictureRef> found) {
		Long id = image.pictureId();
		return id == null ? image : image.with(found.get(id), webp());
	}

	/**
	 * Whether the library serves WebP renditions beside the JPEG ones on this node (an
	 * encoder is installed).
	 */
	boolean webp() {
		return library.formats().contains(Rendition.Format.WEBP);
	}

	/** The pictures among {@code ids} (nulls skipped) the library holds, by id. */
	Map<Long, PictureRef> refs(Collection<@Nullable Long> ids) {
		List<Long> wanted = ids.stream().filter(Objects::nonNull).map(id -> (Long) id).distinct().toList();
		return wanted.isEmpty() ? Map.of() : library.find(wanted);
	}

}
