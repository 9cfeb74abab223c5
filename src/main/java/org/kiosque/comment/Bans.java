package org.kiosque.comment;

import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * E-mails and addresses the newsroom banned. They get the same message as any refusal: no
 * hint.
 */
@Component
class Bans implements CommentCheck {

	private final CommentRepository repository;

	Bans(CommentRepository repository) {
		this.repository = repository;
	}

	@Override
	public Verdict check(Submission s) {
		if (repository.banned("EMAIL", s.email().toLowerCase(Locale.ROOT)) || repository.banned("IP", s.address())) {
			return Verdict.refuse("comment.error.refused", "banned");
		}
		return Verdict.pass();
	}

	@Override
	public int order() {
		return 0;
	}

}
