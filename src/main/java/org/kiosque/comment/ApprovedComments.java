package org.kiosque.comment;

import java.util.Optional;

import org.kiosque.site.Excerpt;
import org.springframework.stereotype.Service;

/**
 * Approved comments as other features may see them: by id, after a
 * {@link CommentApproved}.
 */
@Service
public class ApprovedComments {

	/** The longest excerpt given, in characters. */
	public static final int EXCERPT = 280;

	private final CommentRepository repository;

	ApprovedComments(CommentRepository repository) {
		this.repository = repository;
	}

	/** The comment, if it exists and is approved (reads the caller's transaction). */
	public Optional<ApprovedComment> find(long id) {
		return repository.find(id)
			.filter(c -> c.status() == CommentStatus.APPROVED)
			.map(c -> new ApprovedComment(c.id(), c.articleId(), c.authorName(), Excerpt.of(c.body(), EXCERPT),
					c.fromNewsroom(), c.createdAt()));
	}

}
