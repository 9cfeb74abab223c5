/**
 * Webhooks: addresses that admins register in the newsroom ({@code /newsroom/webhooks})
 * to be told, by a signed HTTP {@code POST}, when an article is published, updated or
 * unpublished and when a comment is approved.
 * <p>
 * Words: a <em>hook</em> is one registered address with its events and its secret; an
 * <em>event</em> is what happened ({@link org.kiosque.webhooks.WebhookEvent}); a
 * <em>delivery</em> is one event for one hook, written to the outbox in the transaction
 * of the change and sent after commit by {@link org.kiosque.webhooks.WebhookSender}; an
 * <em>attempt</em> is one try at a delivery, recorded with its answer. The feature owns
 * the tables {@code webhooks}, {@code webhook_deliveries}, {@code webhook_attempts} and
 * {@code webhook_article_states}. See {@code docs/webhooks.md}.
 */
@NullMarked
package org.kiosque.webhooks;

import org.jspecify.annotations.NullMarked;
