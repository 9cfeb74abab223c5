package org.kiosque.article;

import org.kiosque.web.PageChange;

/**
 * A section was renamed, described, hidden, shown or moved in the navigation: every
 * page's navigation and every article filed in it may print it differently, so page
 * copies and the catalog's cached articles go.
 *
 * @param slug the section's slug after the change
 */
public record SectionChanged(String slug) implements PageChange {

	@Override
	public String subject() {
		return slug;
	}

}
