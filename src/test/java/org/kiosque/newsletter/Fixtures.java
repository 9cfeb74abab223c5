package org.kiosque.newsletter;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.kiosque.site.MailTokens;

import jakarta.mail.internet.MimeMessage;

import org.kiosque.article.ArticleDraft;
import org.kiosque.article.ArticleStatus;
import org.kiosque.article.LeadImage;
import org.kiosque.article.Newsdesk;
import org.kiosque.support.Mailbox;

/**
 * Test data: addresses, subscribers and articles with unique names (the database is
 * shared).
 */
final class Fixtures {

	private Fixtures() {
	}

	static String address(String who) {
		return who + "-" + System.nanoTime() + "@lecteurs.test";
	}

	static Subscriber confirmed(SubscriberRepository register, String email) {
		long id = register.insert(email, null, SubscriberStatus.CONFIRMED, "test", null, MailTokens.fresh(),
				Instant.now());
		return register.byId(id).orElseThrow();
	}

	static Newsdesk.Written article(Newsdesk newsdesk, String headline) {
		return newsdesk.create(new ArticleDraft(headline, "Le chapeau de « " + headline + " ».",
				"Premier paragraphe.\n\nSecond paragraphe.", null, List.of(), "Une journaliste", null,
				new LeadImage("/media/photo-" + System.nanoTime() + ".jpg", "Une légende", "AFP"),
				ArticleStatus.PUBLISHED, Instant.now(), true, null), 0);
	}

	/**
	 * Messages to {@code address} that belong to one edition (its Message-IDs start with
	 * this prefix).
	 */
	static List<MimeMessage> copies(String address, long editionId) {
		return Mailbox.to(address)
			.stream()
			.filter(m -> messageId(m).startsWith("<edition-" + editionId + "."))
			.toList();
	}

	/** Every text part of a message, decoded. */
	static String parts(MimeMessage m) {
		try {
			StringBuilder all = new StringBuilder();
			jakarta.mail.Multipart multipart = (jakarta.mail.Multipart) m.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				all.append(multipart.getBodyPart(i).getContent()).append('\n');
			}
			return all.toString();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	static String messageId(MimeMessage m) {
		try {
			String id = m.getMessageID();
			return id == null ? "" : id;
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	static String header(MimeMessage m, String name) {
		try {
			String value = m.getHeader(name, ", ");
			return value == null ? "" : value;
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** Waits until no delivery of the edition is waiting or being sent. */
	static void awaitSent(DeliveryRepository deliveries, long editionId) {
		await("edition " + editionId + " sent").atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> deliveries.pending(editionId), pending -> pending == 0);
	}

}
