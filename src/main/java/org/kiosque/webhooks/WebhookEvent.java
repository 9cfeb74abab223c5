package org.kiosque.webhooks;

import java.util.Arrays;
import java.util.Optional;

/** What a hook can be told of; {@link #wireName()} is the name in payloads and forms. */
public enum WebhookEvent {

	/** An article became public: first publication, from the desk or the schedule. */
	ARTICLE_PUBLISHED("article.published"),

	/** A public article changed: an edit, a correction, its lead picture. */
	ARTICLE_UPDATED("article.updated"),

	/** A public article was taken down (its address answers 410). */
	ARTICLE_UNPUBLISHED("article.unpublished"),

	/** A reader's comment became visible: approved, or published at once. */
	COMMENT_APPROVED("comment.approved");

	private final String wireName;

	WebhookEvent(String wireName) {
		this.wireName = wireName;
	}

	/**
	 * The event's name in payloads, headers and forms, such as {@code article.published}.
	 */
	public String wireName() {
		return wireName;
	}

	/** The event of that name, if any. */
	public static Optional<WebhookEvent> of(String wireName) {
		return Arrays.stream(values()).filter(e -> e.wireName.equals(wireName)).findFirst();
	}

}
