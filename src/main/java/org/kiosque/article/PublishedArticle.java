package org.kiosque.article;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An article as the public sees it. Every public surface (pages, feeds, sitemaps, search
 * results, the content API, newsletters) reads articles in this form, through
 * {@link ArticleCatalog}, so "what is visible" is decided in one place.
 *
 * @param description the description for search engines the newsroom wrote, or
 * {@code null} (then the standfirst or the start of the body stands in)
 * @param modifiedAt when readers were last told it changed (a correction, an edit not
 * marked minor), {@code null} if never since publication; see {@link #lastModified()}
 * @param corrections its corrections, oldest first (as they print at its foot)
 */
public record PublishedArticle(long id, String slug, String headline, @Nullable String standfirst, String bodyHtml,
		@Nullable SectionRef section, List<TagRef> tags, @Nullable String byline, @Nullable Agency source,
		Instant publishedAt, boolean timeKnown, LeadImage image, @Nullable String description,
		@Nullable Instant modifiedAt, List<Correction> corrections) {

	/**
	 * An article never visibly modified nor corrected: a new one, or a preview of one.
	 */
	public PublishedArticle(long id, String slug, String headline, @Nullable String standfirst, String bodyHtml,
			@Nullable SectionRef section, List<TagRef> tags, @Nullable String byline, @Nullable Agency source,
			Instant publishedAt, boolean timeKnown, LeadImage image, @Nullable String description) {
		this(id, slug, headline, standfirst, bodyHtml, section, tags, byline, source, publishedAt, timeKnown, image,
				description, null, List.of());
	}

	public String path() {
		return pathOf(slug);
	}

	public static String pathOf(String slug) {
		return "/article/" + slug;
	}

	/**
	 * When the article last visibly changed: its visible modification if later than its
	 * publication, else its publication (JSON-LD {@code dateModified}).
	 */
	public Instant lastModified() {
		Instant modified = modifiedAt;
		return modified != null && modified.isAfter(publishedAt) ? modified : publishedAt;
	}

	/**
	 * True when readers are told it was updated after publication ("Mis à jour le").
	 */
	public boolean revised() {
		return modifiedAt != null && modifiedAt.isAfter(publishedAt);
	}

	PublishedArticle withTagsAndCorrections(List<TagRef> tags, List<Correction> corrections) {
		return new PublishedArticle(id, slug, headline, standfirst, bodyHtml, section, List.copyOf(tags), byline,
				source, publishedAt, timeKnown, image, description, modifiedAt, List.copyOf(corrections));
	}
}
