package org.kiosque.comment;

import java.net.URI;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
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
	ResponseEntity<?> comments(@PathVariable String id) {
		Long articleId = CommentSection.number(id);
		Optional<PublishedArticle> article = articleId == null ? Optional.empty() : catalog.byId(articleId);
		if (article.isEmpty()) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
					labels.get("comment.api.no-article"));
			problem.setTitle(labels.get("error.404.title"));
			problem
				.setInstance(URI.create("/api/content/articles/" + id.replaceAll("[^A-Za-z0-9_-]", "") + "/comments"));
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		List<Comment> approved = conversations.approved(article.get().id());
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
			.body(new ThreadJson(article.get().id(), approved.size(), conversations.isOpen(article.get()), roots));
	}

	private CommentJson json(Comment c, List<CommentJson> replies) {
		return new CommentJson(c.id(), c.authorName().isBlank() ? labels.get("comment.anonymous") : c.authorName(),
				c.fromNewsroom(), dates.iso(c.createdAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)),
				c.editedAt() == null ? null
						: dates.iso(c.editedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)),
				c.body(), CommentText.html(c.body()), replies);
	}

}
