package org.kiosque.movein.ghost;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a Ghost export ({@code Settings → Labs → Export}, a JSON file) holds that a
 * newsroom keeps, read by {@link GhostExportReader}: posts with their tags and authors,
 * the staff, and the members who may be written to.
 *
 * @param site the site's address when the export names it ({@code null} for Ghost 4 and
 * later, whose exports write {@code __GHOST_URL__} instead)
 * @param posts posts and pages, in the export's order
 * @param tags every tag, internal ones ({@code #…}) included
 * @param authors the staff users
 * @param members the members table's people (only when the export included it)
 */
public record GhostExport(@Nullable String site, List<Post> posts, List<Tag> tags, List<Author> authors,
		List<Member> members) {

	public GhostExport {
		posts = List.copyOf(posts);
		tags = List.copyOf(tags);
		authors = List.copyOf(authors);
		members = List.copyOf(members);
	}

	/** Where a post stands in Ghost ({@code posts.status}). */
	public enum Status {

		/** Public on the site. */
		PUBLISHED,
		/** Being written. */
		DRAFT,
		/** To be published at {@code published_at}. */
		SCHEDULED,
		/** Sent by email only, never on the site ({@code sent}, Ghost 5). */
		SENT;

		static Status of(@Nullable String word) {
			return switch (word == null ? "draft" : word) {
				case "published" -> PUBLISHED;
				case "scheduled" -> SCHEDULED;
				case "sent" -> SENT;
				default -> DRAFT;
			};
		}

	}

	/**
	 * One post ({@code posts} with its {@code posts_meta}, {@code posts_tags} and
	 * {@code posts_authors} rows).
	 *
	 * @param id Ghost's id (24 hex digits in Ghost 1+, a number before)
	 * @param page true for a page ({@code type: page}, or {@code page: 1} before Ghost 4)
	 * @param body the post's text as Ghost stored it
	 * @param featureImage the address as written in the export
	 * ({@code __GHOST_URL__/content/images/…}), {@code null} for none
	 * @param tags the post's tags, primary tag first ({@code sort_order})
	 * @param authors the post's authors, primary author first
	 * @param visibility {@code public}, {@code members}, {@code paid} or {@code tiers}
	 * @param updatedAt Ghost's last change, which tells a newer export's post from the
	 * one brought in before
	 */
	public record Post(String id, String title, String slug, boolean page, Status status, @Nullable Instant publishedAt,
			@Nullable Instant createdAt, @Nullable Instant updatedAt, @Nullable String customExcerpt, Body body,
			@Nullable String featureImage, @Nullable String featureImageAlt, @Nullable String featureImageCaption,
			List<Tag> tags, List<Author> authors, String visibility) {

		public Post {
			tags = List.copyOf(tags);
			authors = List.copyOf(authors);
		}

		/** The primary tag when it is a public one: the article's section. */
		public @Nullable Tag primaryTag() {
			return tags.isEmpty() || tags.getFirst().internal() ? null : tags.getFirst();
		}

		/** The primary author: the byline's first name. */
		public @Nullable Author primaryAuthor() {
			return authors.isEmpty() ? null : authors.getFirst();
		}

	}

	/**
	 * A post's text in each of the forms an export may carry: Ghost 5's Lexical (JSON),
	 * mobiledoc (JSON, Ghost 1 to 4), the rendered HTML, or Markdown (Ghost 0.x).
	 */
	public record Body(@Nullable String lexical, @Nullable String mobiledoc, @Nullable String html,
			@Nullable String markdown) {
	}

	/**
	 * A tag. Internal tags ({@code visibility: internal}, names starting with {@code #})
	 * organise Ghost's themes and are never shown.
	 */
	public record Tag(String id, String name, String slug, @Nullable String description, boolean internal) {
	}

	/** A staff user ({@code users}): a writer of bylines. */
	public record Author(String id, String name, String slug, @Nullable String email, @Nullable String bio) {
	}

	/**
	 * A member, and whether they asked for the newsletter.
	 *
	 * @param consented true when the member is subscribed to a newsletter (a
	 * {@code members_newsletters} row in Ghost 5, {@code subscribed: true} before) and
	 * their email was not disabled after bounces or a spam complaint
	 * ({@code email_disabled})
	 */
	public record Member(String id, String email, @Nullable String name, boolean consented,
			@Nullable Instant createdAt) {
	}

}
