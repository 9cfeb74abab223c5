package org.kiosque.article;

import org.jspecify.annotations.Nullable;

/**
 * A section as editors run it and as its page shows it.
 *
 * @param description what the section covers, shown under its name on its page;
 * {@code null} when none was written
 * @param hidden out of the navigation (its page and its articles stay, see
 * docs/sections-and-pages.md)
 * @param position its place in the navigation, smallest first
 */
public record SectionEntry(long id, String slug, String name, @Nullable String description, boolean hidden,
		int position) {

	public String path() {
		return ref().path();
	}

	public SectionRef ref() {
		return new SectionRef(id, slug, name);
	}

	/** The address of its RSS feed ({@code feed/Syndication}). */
	public String feedPath() {
		return path() + "/feed.xml";
	}

}
