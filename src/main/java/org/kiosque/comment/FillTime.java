package org.kiosque.comment;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * People need a few seconds to write; robots post the form at once. The form carries the
 * time it was shown, signed, so it cannot be forged.
 */
@Component
class FillTime implements CommentCheck {

	private final CommentSettings settings;

	private final Signatures signatures;

	FillTime(CommentSettings settings, Signatures signatures) {
		this.settings = settings;
		this.signatures = signatures;
	}

	@Override
	public Verdict check(Submission s) {
		if (settings.minFillTime().isZero()) {
			return Verdict.pass();
		}
		Optional<Instant> shown = signatures.shownAt(s.stamp());
		if (shown.isEmpty()) {
			return Verdict.refuse("comment.error.stamp", "no valid stamp");
		}
		if (Duration.between(shown.get(), s.at()).compareTo(settings.minFillTime()) < 0) {
			return Verdict.refuse("comment.error.too-fast", "sent too fast");
		}
		return Verdict.pass();
	}

	@Override
	public int order() {
		return 20;
	}

}
