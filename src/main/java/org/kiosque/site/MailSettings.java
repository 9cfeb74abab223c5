package org.kiosque.site;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mail that strangers can make the site send, the outbox that sends it, and the site's
 * sender: {@code kiosque.mail.*}.
 *
 * @param perRecipient mails one address may receive per {@code recipientWindow} from
 * strangers' requests (reset links, verification, notices, newsletter confirmations),
 * whoever asks and from wherever; the request beyond is answered alike and mails nothing
 * @param recipientWindow the window of {@code perRecipient}
 * @param perSource such mails one client address may trigger per {@code sourceWindow}
 * @param registrationsPerSource registrations one client address may submit per
 * {@code sourceWindow} (each hashes a password); the one beyond is answered 429
 * @param sourceWindow the window of {@code perSource} and {@code registrationsPerSource}
 * @param pollInterval how often a node looks for mail to send (a mail posted on the node
 * is sent at once)
 * @param retryDelay the first back-off after a failed send, doubled each time
 * @param maxRetryDelay the longest back-off
 * @param maxAttempts tries before a mail is given up (marked failed, reported)
 * @param claimTimeout after this, a mail left "sending" by a node that died is sent again
 * @param from the site's sender ({@code address} or {@code Name <address>}): of the
 * moderators' digest, and of account mails unless {@code kiosque.account.mail-from} says
 * otherwise; empty for {@code no-reply@} the host of {@code kiosque.site.base-url}
 * ({@link Letterhead})
 */
@ConfigurationProperties("kiosque.mail")
public record MailSettings(@DefaultValue("3") int perRecipient, @DefaultValue("1h") Duration recipientWindow,
		@DefaultValue("20") int perSource, @DefaultValue("20") int registrationsPerSource,
		@DefaultValue("1h") Duration sourceWindow, @DefaultValue("2s") Duration pollInterval,
		@DefaultValue("30s") Duration retryDelay, @DefaultValue("30m") Duration maxRetryDelay,
		@DefaultValue("12") int maxAttempts, @DefaultValue("5m") Duration claimTimeout, @DefaultValue("") String from) {
}
