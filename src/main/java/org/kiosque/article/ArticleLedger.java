package org.kiosque.article;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kiosque.media.PictureRef;
import org.springframework.stereotype.Service;

/**
 * Every article whatever its status, as the newsroom reads them: the list of the desk and
 * the article an editor opens. Never for the public, which reads through
 * {@link ArticleCatalog}.
 */
@Service
public class ArticleLedger {

	/** The largest page {@link #list} gives. */
	public static final int MAX_PAGE_SIZE = 200;

	private final ArticleRepository articles;

	private final PictureShelf pictures;

	ArticleLedger(ArticleRepository articles, PictureShelf pictures) {
		this.articles = articles;
		this.pictures = pictures;
	}

	/**
	 * The article's lead image, its library picture read; empty when there is no such
	 * article.
	 */
	public Optional<LeadImage> lead(long id) {
		return articles.lead(id).map(image -> {
			Long pictureId = image.pictureId();
			return pictureId == null ? image : image.with(pictures.refs(List.of(pictureId)).get(pictureId), false);
		});
	}

	/** The library's picture {@code id}, as the pages need it; empty for none. */
	public Optional<PictureRef> picture(long id) {
		return Optional.ofNullable(pictures.refs(List.of(id)).get(id));
	}

	/** The article, tags included; empty when there is no such article. */
	public Optional<DeskArticle> find(long id) {
		return articles.onDesk(id);
	}

	/**
	 * Articles matching {@code query}, last changed first: from the {@code offset}-th, at
	 * most {@code limit} (held between 1 and {@value #MAX_PAGE_SIZE}).
	 */
	public List<LedgerLine> list(LedgerQuery query, long offset, int limit) {
		return articles.ledger(query, Math.max(0, offset), Math.clamp(limit, 1, MAX_PAGE_SIZE));
	}

	/**
	 * Articles matching {@code query} that come after the line changed at
	 * {@code changedAt} with id {@code id} in {@link #list}'s order (last changed first,
	 * then highest id): keyset paging, which neither skips nor repeats an article when
	 * others change meanwhile. {@code changedAt} {@code null}: from the top.
	 */
	public List<LedgerLine> listAfter(LedgerQuery query, @Nullable Instant changedAt, long id, int limit) {
		return articles.ledger(query, changedAt, id, false, 0, Math.clamp(limit, 1, MAX_PAGE_SIZE));
	}

	/**
	 * The {@code limit} articles matching {@code query} that come just before the line
	 * changed at {@code changedAt} with id {@code id} in {@link #list}'s order, still
	 * last changed first: the page before a keyset page.
	 */
	public List<LedgerLine> listBefore(LedgerQuery query, Instant changedAt, long id, int limit) {
		return articles.ledger(query, changedAt, id, true, 0, Math.clamp(limit, 1, MAX_PAGE_SIZE));
	}

	/**
	 * The slug of now of the section that was known as {@code slug} before the editors
	 * renamed it; empty when no section ever had that slug but its own.
	 */
	public Optional<String> sectionRenamedFrom(String slug) {
		return articles.renamedSectionSlug(slug);
	}

	/** The sections an article may be filed in, in the navigation's order. */
	public List<SectionRef> sections() {
		return articles.sections();
	}

}
