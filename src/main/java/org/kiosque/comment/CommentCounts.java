package org.kiosque.comment;

import java.util.Collection;
import java.util.Map;

import org.kiosque.article.CommentTally;
import org.springframework.stereotype.Service;

/**
 * How many approved comments articles have: for listings, feeds and the API of other
 * features.
 */
@Service
public class CommentCounts implements CommentTally {

	private final CommentRepository repository;

	CommentCounts(CommentRepository repository) {
		this.repository = repository;
	}

	public long of(long articleId) {
		return repository.countApproved(articleId);
	}

	/** Article id to count; articles without comments are left out. */
	public Map<Long, Long> of(Collection<Long> articleIds) {
		return repository.countApproved(articleIds);
	}

	/** The approved comments, as teasers and the article page print them. */
	@Override
	public Map<Long, Long> counts(Collection<Long> articleIds) {
		return of(articleIds);
	}

}
