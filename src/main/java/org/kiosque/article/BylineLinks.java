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

}
