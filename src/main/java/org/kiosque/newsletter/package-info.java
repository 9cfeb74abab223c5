/**
 * The newsletter: subscribing with double opt-in, the daily edition and alerts, sending
 * them, one-click unsubscribe.
 * <p>
 * Words: a <em>subscriber</em> is an address that asked for the newsletter (confirmed
 * once it answered the mail); an <em>edition</em> is one newsletter (daily, sent by hand,
 * or an alert); a <em>delivery</em> is one edition to one subscriber; the
 * {@link org.kiosque.newsletter.Mailroom} sends deliveries (never call it a dispatcher: a
 * <em>dispatch</em> is an agency story); a <em>letter</em> is a mail as built by
 * {@code Letters}. Classes that only run SQL end in {@code Repository}.
 */
@NullMarked
package org.kiosque.newsletter;

import org.jspecify.annotations.NullMarked;
