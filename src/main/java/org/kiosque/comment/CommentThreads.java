package org.kiosque.comment;

import org.springframework.stereotype.Service;

/**
 * What other features may decide about an article's comment thread: an editor's decision,
 * which overrides the calendar ({@code kiosque.comments.close-after}) either way.
 */
@Service
public class CommentThreads {

	private final Moderation moderation;

	CommentThreads(Moderation moderation) {
		this.moderation = moderation;
	}

	/**
	 * Keeps the article's thread open whatever the article's age, until an editor closes
	 * it.
	 */
	public void keepOpen(long articleId) {
		moderation.close(articleId, false);
	}

}
