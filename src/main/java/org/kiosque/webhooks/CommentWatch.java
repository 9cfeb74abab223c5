package org.kiosque.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.kiosque.article.ArticleLedger;
import org.kiosque.article.DeskArticle;
import org.kiosque.comment.ApprovedComments;
import org.kiosque.comment.CommentApproved;
import org.kiosque.site.SiteSettings;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns {@link CommentApproved} into {@link WebhookEvent#COMMENT_APPROVED}, written in
 * the transaction that approved the comment (the event is told inside it).
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

	@EventListener
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
