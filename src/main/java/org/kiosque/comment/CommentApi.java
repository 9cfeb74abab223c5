package org.kiosque.comment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kiosque.article.ArticleCatalog;
import org.kiosque.article.PublishedArticle;
import org.kiosque.site.Labels;
import org.kiosque.site.NewspaperDates;
import org.kiosque.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The content API's comments: {@code GET /api/content/articles/{id}/comments}, approved
 * comments only, oldest first, replies nested one level. No e-mail, no address.
 */
@RestController
class CommentApi {

	private final ArticleCatalog catalog;

	private final Conversations conversations;

	private final NewspaperDates dates;

	private final Labels labels;

	CommentApi(ArticleCatalog catalog, Conversations conversations, NewspaperDates dates, Labels labels) {
		this.catalog = catalog;
		this.conversations = conversations;
		this.dates = dates;
		this.labels = labels;
	}

	/**
	 * @param text the comment as written (plain text)
	 * @param html the same text as the site prints it: escaped, paragraphs, links with
	 * {@code rel="nofollow ugc noopener"}
	 */
	record CommentJson(long id, String author, boolean newsroom, String publishedAt, @Nullable String editedAt,
			String text, String html, List<CommentJson> replies) {
	}

	record ThreadJson(long articleId, long count, boolean open, List<CommentJson> comments) {
	}

	@GetMapping(value = "/api/content/articles/{id}/comments", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ThreadJson> comments(@PathVariable String id) {
		Long articleId = CommentSection.number(id);
		PublishedArticle article = (articleId == null ? Optional.<PublishedArticle>empty() : catalog.byId(articleId))
			.orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, null, "comment.api.no-article"));
		List<Comment> approved = conversations.approved(article.id());
		Map<Long, List<CommentJson>> replies = new LinkedHashMap<>();
		for (Comment c : approved) {
			if (c.parentId() != null) {
				replies.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(json(c, List.of()));
			}
		}
		List<CommentJson> roots = approved.stream()
			.filter(c -> c.parentId() == null)
			.map(c -> json(c, replies.getOrDefault(c.id(), List.of())))
			.toList();
		return ResponseEntity.ok()
			.header("Cache-Control", "public, max-age=60")
			.body(new ThreadJson(article.id(), approved.size(), conversations.isOpen(article), roots));
	}

	private CommentJson json(Comment c, List<CommentJson> replies) {
		return new CommentJson(c.id(), c.authorName().isBlank() ? labels.get("comment.anonymous") : c.authorName(),
				c.fromNewsroom(), dates.iso(c.createdAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)),
				c.editedAt() == null ? null
						: dates.iso(c.editedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)),
				c.body(), CommentText.html(c.body()), replies);
	}

}
