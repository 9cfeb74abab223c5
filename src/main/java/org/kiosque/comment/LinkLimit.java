package org.kiosque.comment;

import org.springframework.stereotype.Component;

/** Conversations have few links; advertising has many. */
@Component
class LinkLimit implements CommentCheck {

	private final CommentSettings settings;

	LinkLimit(CommentSettings settings) {
		this.settings = settings;
	}

	@Override
	public Verdict check(Submission s) {
		if (settings.rules().tooManyLinks(s.body())) {
			return Verdict.refuse("comment.error.links", "too many links");
		}
		return Verdict.pass();
	}

	@Override
	public int order() {
		return 50;
	}

}
