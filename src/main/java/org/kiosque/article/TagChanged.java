package org.kiosque.article;

import org.kiosque.web.PageChange;

/**
 * A tag was created, renamed, described or merged into another: the articles carrying it
 * print it differently, so page copies and the catalog's cached articles go.
 *
 * @param slug the tag's slug after the change (the surviving tag's, for a merge)
 */
public record TagChanged(String slug) implements PageChange {

	@Override
	public String subject() {
		return slug;
	}

}
