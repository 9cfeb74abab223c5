package org.kiosque.article;

import java.util.Optional;

/**
 * Where an article's byline leads: its author's page. Implemented by the author feature
 * (which knows accounts); declared here so that the article page needs no feature of its
 * own. The rule: an article links its byline to the page of the account that wrote it
 * ({@code article.author_id}) when the byline is exactly that account's display name; an
 * agency's copy, or a byline naming someone else, links nowhere.
 */
public interface BylineLinks {

	/**
	 * The author page of account {@code authorId} for an article bylined {@code byline},
	 * or empty when the byline is not that account's name or the account has no page.
	 */
	Optional<String> authorPath(long authorId, String byline);

	/**
	 * The author's portrait for structured data (the JSON-LD {@code Person}'s
	 * {@code image}): a site-relative address of a square picture, under the same rule as
	 * {@link #authorPath}; empty when there is no page or no portrait.
	 */
	default Optional<String> authorImage(long authorId, String byline) {
		return Optional.empty();
	}

}
