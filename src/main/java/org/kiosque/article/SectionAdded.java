package org.kiosque.article;

import org.kiosque.web.PageChange;

/**
 * A section was added: every page's navigation shows it. Not an {@link ArticleChanged},
 * since no article changed.
 *
 * @param slug the new section's slug
 */
public record SectionAdded(String slug) implements PageChange {

	@Override
	public String subject() {
		return slug;
	}

}
