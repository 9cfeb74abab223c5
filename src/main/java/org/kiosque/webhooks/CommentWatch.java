package org.kiosque.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.kiosque.article.ArticleLedger;
import org.kiosque.article.DeskArticle;
import org.kiosque.comment.ApprovedComments;
import org.kiosque.comment.CommentApproved;
import org.kiosque.site.SiteSettings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns {@link CommentApproved} into {@link WebhookEvent#COMMENT_APPROVED}, written in
 * the transaction that approved the comment, before it commits.
 */
@Component
class CommentWatch {

	private final ApprovedComments comments;

	private final ArticleLedger ledger;

	private final WebhookOutbox outbox;

	private final Payloads payloads;

	private final SiteSettings site;

	private final Clock clock;

	CommentWatch(ApprovedComments comments, ArticleLedger ledger, WebhookOutbox outbox, Payloads payloads,
			SiteSettings site, Clock clock) {
		this.comments = comments;
		this.ledger = ledger;
		this.outbox = outbox;
		this.payloads = payloads;
		this.site = site;
		this.clock = clock;
	}

	/**
	 * Just before the approval's transaction commits (at once without one): the outbox is
	 * written in that transaction, which is why this listener does not wait for the
	 * commit as others do.
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(CommentApproved approved) {
		Instant now = clock.instant();
		String eventId = UUID.randomUUID().toString();
		// Told with the approval, the comment is there to read; were it not, nothing is
		// sent rather than the approval undone.
		comments.find(approved.commentId())
			.ifPresent(c -> outbox.record(WebhookEvent.COMMENT_APPROVED, eventId, now,
					() -> payloads.comment(WebhookEvent.COMMENT_APPROVED, eventId, now, c,
							ledger.find(c.articleId()).map(DeskArticle::path).map(site::absolute).orElse(""))));
	}

}
