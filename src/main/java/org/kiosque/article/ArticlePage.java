package org.kiosque.article;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of a list of articles, newest first.
 *
 * @param page its number from 1 when it was asked for by number, 0 when by keyset
 * @param hasNext whether older articles follow
 * @param hasPrevious whether newer articles come before
 */
public record ArticlePage(List<ArticleTeaser> items, int page, int size, boolean hasNext, boolean hasPrevious) {

	/** Where the next (older) page starts; {@code null} on the last page. */
	public @Nullable Keyset nextKeyset() {
		return hasNext && !items.isEmpty() ? Keyset.of(items.getLast()) : null;
	}

	/** Where the previous (newer) page ends; {@code null} on the first page. */
	public @Nullable Keyset previousKeyset() {
		return hasPrevious && !items.isEmpty() ? Keyset.of(items.getFirst()) : null;
	}

}
