package org.kiosque.comment;

import org.springframework.stereotype.Component;

/** A field people never see (CSS class {@code hp}) and robots fill in. */
@Component
class Honeypot implements CommentCheck {

	private final CommentSettings settings;

	Honeypot(CommentSettings settings) {
		this.settings = settings;
	}

	@Override
	public Verdict check(Submission s) {
		return settings.honeypot() && !s.trap().isEmpty() ? Verdict.discard("honeypot filled") : Verdict.pass();
	}

	@Override
	public int order() {
		return 10;
	}

}
