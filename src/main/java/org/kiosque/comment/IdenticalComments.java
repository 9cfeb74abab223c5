package org.kiosque.comment;

import java.time.Duration;

import org.springframework.stereotype.Component;

/**
 * The same text twice on one article, or from one e-mail within a day: a double click or
 * a robot.
 */
@Component
class IdenticalComments implements CommentCheck {

	private final CommentSettings settings;

	private final CommentRepository repository;

	IdenticalComments(CommentSettings settings, CommentRepository repository) {
		this.settings = settings;
		this.repository = repository;
	}

	@Override
	public Verdict check(Submission s) {
		if (settings.refuseIdentical() && repository.identicalExists(s.articleId(), s.email(),
				Signatures.fingerprint(s.body()), s.at().minus(Duration.ofDays(1)))) {
			return Verdict.refuse("comment.error.identical", "identical comment");
		}
		return Verdict.pass();
	}

	@Override
	public int order() {
		return 40;
	}

}
