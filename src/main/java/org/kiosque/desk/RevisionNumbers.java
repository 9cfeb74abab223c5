package org.kiosque.desk;

import org.springframework.stereotype.Service;

/**
 * The number of an article's latest revision on the desk, for features that tell others
 * which version of an article they speak of (webhooks).
 */
@Service
public class RevisionNumbers {

	private final RevisionRepository revisions;

	RevisionNumbers(RevisionRepository revisions) {
		this.revisions = revisions;
	}

	/**
	 * The latest revision's number, counted from 1; {@code 0} for an article the desk
	 * never recorded (an import, say). Reads the caller's transaction, so a revision
	 * recorded in it counts.
	 */
	public int latest(long articleId) {
		return revisions.latestNumber(articleId);
	}

}
