package org.kiosque.comment;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.Labels;

/**
 * The newsroom's moderation queue. Unlike the public page it shows e-mails and addresses:
 * editors need them to judge and to ban.
 *
 * @param filter {@code pending}, {@code approved}, {@code spam}, {@code reported},
 * {@code rejected} or {@code all}
 * @param article the article the queue is narrowed to, with its thread state, or null
 */
public record QueueView(Labels labels, String filter, List<String> filters, List<Item> items, @Nullable String notice,
		@Nullable ArticleThread article) {

	public record Item(long id, long articleId, String articleTitle, @Nullable String articlePath, String author,
			String email, String address, String date, String html, String body, String status, int reports,
			boolean reply, boolean newsroom) {
	}

	/**
	 * One article's comments: open or closed, and whether an editor or the calendar
	 * decided.
	 */
	public record ArticleThread(long id, String title, @Nullable String path, boolean open, boolean editorsChoice) {
	}

	public String returnQuery() {
		return "?filter=" + filter + (article == null ? "" : "&article=" + article.id());
	}
}
