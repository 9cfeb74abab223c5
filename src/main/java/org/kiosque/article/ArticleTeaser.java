package org.kiosque.article;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An article in a list: home page, section, most read, newsletter edition. No body.
 *
 * @param createdAt when the article was first written; never changes, unlike the
 * publication time an editor may set
 * @param modifiedAt when readers were last told it changed (a correction, an edit not
 * marked minor), {@code null} if never since publication
 */
public record ArticleTeaser(long id, String slug, String headline, @Nullable String standfirst,
		@Nullable SectionRef section, @Nullable Agency source, Instant publishedAt, boolean timeKnown, LeadImage image,
		Instant createdAt, @Nullable Instant modifiedAt) {

	public String path() {
		return PublishedArticle.pathOf(slug);
	}

	/**
	 * When the article last visibly changed: its visible modification if later than its
	 * publication, else its publication (the Atom entry's {@code updated}).
	 */
	public Instant lastModified() {
		Instant modified = modifiedAt;
		return modified != null && modified.isAfter(publishedAt) ? modified : publishedAt;
	}
}
