package org.kiosque.article;

import org.jspecify.annotations.Nullable;

/**
 * A tag as editors run it and as its page shows it.
 *
 * @param description shown under its name on its page; {@code null} when none was written
 * @param articles how many articles carry it, whatever their status
 */
public record TagEntry(long id, String slug, String name, @Nullable String description, long articles) {

	public String path() {
		return new TagRef(slug, name).path();
	}

}
