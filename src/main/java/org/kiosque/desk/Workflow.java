package org.kiosque.desk;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kiosque.article.ArticleStatus;

/**
 * Where each action takes an article, whoever does it (who may do it is
 * {@link DeskPolicy}'s question):
 *
 * <pre>
 *   (new) ─save→ DRAFT ─submit→ IN_REVIEW ─return→ DRAFT
 *   DRAFT, IN_REVIEW, UNPUBLISHED ─schedule→ SCHEDULED ─(its time)→ PUBLISHED
 *   any ─publish→ PUBLISHED ─unpublish→ UNPUBLISHED
 *   SCHEDULED ─unpublish→ DRAFT (the schedule is cancelled)
 * </pre>
 *
 * A save or a restore never moves an article. Publishing keeps the first publication time
 * of an article published before (it is the same article back), and gives a new one, now,
 * to any other.
 */
final class Workflow {

	private Workflow() {
	}

	/**
	 * The status and publication time after an action, or the reason it cannot be done.
	 * @param status the article's status, {@code null} for a new article
	 * @param publishedAt its publication time
	 * @param publishAt the {@code publishAt} asked for, already read in the site's zone;
	 * {@code null} when none was given or it could not be read
	 */
	static Step next(@Nullable ArticleStatus status, @Nullable Instant publishedAt, DeskAction action,
			@Nullable Instant publishAt, Instant now) {
		ArticleStatus from = status == null ? ArticleStatus.DRAFT : status;
		return switch (action) {
			case SAVE, RESTORE -> new Step(from, publishedAt, null);
			case SUBMIT -> from == ArticleStatus.DRAFT || from == ArticleStatus.IN_REVIEW
					? new Step(ArticleStatus.IN_REVIEW, publishedAt, null) : refused("desk.problem.submit");
			case RETURN -> from == ArticleStatus.DRAFT || from == ArticleStatus.IN_REVIEW
					? new Step(ArticleStatus.DRAFT, publishedAt, null) : refused("desk.problem.return");
			case PUBLISH -> new Step(ArticleStatus.PUBLISHED,
					from.hasBeenPublic() && publishedAt != null ? publishedAt : now, null);
			case SCHEDULE -> schedule(from, publishAt, now);
			// The schedule's own move, at the time it had: never offered to a person.
			case RELEASE -> new Step(ArticleStatus.PUBLISHED, publishedAt, null);
			// Recorded beside a change, never made: the article stays as it is.
			case IMPORTED -> new Step(from, publishedAt, null);
			case UNPUBLISH -> switch (from) {
				case PUBLISHED -> new Step(ArticleStatus.UNPUBLISHED, publishedAt, null);
				case SCHEDULED -> new Step(ArticleStatus.DRAFT, null, null);
				default -> refused("desk.problem.unpublish");
			};
		};
	}

	/**
	 * The buttons the editor offers for an article in {@code status} ({@code null}: a new
	 * one), before the person's role is considered.
	 */
	static List<DeskAction> offered(@Nullable ArticleStatus status) {
		if (status == null) {
			return List.of(DeskAction.SAVE, DeskAction.SUBMIT, DeskAction.PUBLISH, DeskAction.SCHEDULE);
		}
		return switch (status) {
			case DRAFT -> List.of(DeskAction.SAVE, DeskAction.SUBMIT, DeskAction.PUBLISH, DeskAction.SCHEDULE);
			case IN_REVIEW -> List.of(DeskAction.SAVE, DeskAction.RETURN, DeskAction.PUBLISH, DeskAction.SCHEDULE);
			case SCHEDULED -> List.of(DeskAction.SAVE, DeskAction.SCHEDULE, DeskAction.PUBLISH, DeskAction.UNPUBLISH);
			case PUBLISHED -> List.of(DeskAction.SAVE, DeskAction.UNPUBLISH);
			case UNPUBLISHED -> List.of(DeskAction.SAVE, DeskAction.PUBLISH, DeskAction.SCHEDULE);
		};
	}

	private static Step schedule(ArticleStatus from, @Nullable Instant publishAt, Instant now) {
		if (from == ArticleStatus.PUBLISHED) {
			return refused("desk.problem.schedule-published");
		}
		if (publishAt == null) {
			return refused("desk.problem.publish-at-missing");
		}
		if (!publishAt.isAfter(now)) {
			return refused("desk.problem.publish-at-past");
		}
		return new Step(ArticleStatus.SCHEDULED, publishAt, null);
	}

	private static Step refused(String problemKey) {
		return new Step(null, null, problemKey);
	}

	/**
	 * Where an action leads.
	 *
	 * @param status the status after it, {@code null} when it cannot be done
	 * @param problemKey why it cannot be done (a message key), or {@code null}
	 */
	record Step(@Nullable ArticleStatus status, @Nullable Instant publishedAt, @Nullable String problemKey) {

		boolean possible() {
			return status != null;
		}

	}

}
