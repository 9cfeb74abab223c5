package org.kiosque.newsletter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.kiosque.article.ArticleCatalog;
import org.kiosque.article.ArticleTeaser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes editions and queues their deliveries. Each edition has a key; inserting the key
 * is the lock that makes an edition happen once, however many nodes try at the same
 * moment: {@code DAILY:2026-11-29} for the morning edition, {@code MANUAL:<start>} for
 * "send now" (a double click queues one edition), {@code ALERT:<article>} for an alert.
 */
@Service
class Editions {

	private final ArticleCatalog catalog;

	private final EditionRepository ledger;

	private final EditionWriter writer;

	private final Letters letters;

	private final Mailroom mailroom;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Editions(ArticleCatalog catalog, EditionRepository ledger, EditionWriter writer, Letters letters, Mailroom mailroom,
			PlatformTransactionManager transactions, Clock clock) {
		this.catalog = catalog;
		this.ledger = ledger;
		this.writer = writer;
		this.letters = letters;
		this.mailroom = mailroom;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * The morning edition of {@code day}, decided once: the first node to get there
	 * either queues it or, with no new article, records that there is none today.
	 */
	Optional<Edition> daily(LocalDate day) {
		String key = "DAILY:" + day;
		if (ledger.exists(key)) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		List<ArticleTeaser> articles = catalog.publishedSince(since(now));
		if (articles.isEmpty()) {
			claim(key, EditionKind.DAILY, new EditionWriter.Rendered("", "", ""), 0, now, now);
			return Optional.empty();
		}
		return claim(key, EditionKind.DAILY, writer.edition(articles, now), articles.size(), now, now);
	}

	/**
	 * An edition now, with what was published since the last one; empty when there is
	 * nothing new.
	 */
	Optional<Edition> now() {
		Instant now = clock.instant();
		Instant since = since(now);
		List<ArticleTeaser> articles = catalog.publishedSince(since);
		if (articles.isEmpty()) {
			return Optional.empty();
		}
		return claim("MANUAL:" + since.toEpochMilli(), EditionKind.MANUAL, writer.edition(articles, now),
				articles.size(), now, now);
	}

	/**
	 * An alert about one published article; empty if it is not published or was already
	 * sent.
	 */
	Optional<Edition> alert(long articleId) {
		Instant now = clock.instant();
		Optional<ArticleTeaser> article = catalog.teasers(List.of(articleId)).stream().findFirst();
		return article.flatMap(a -> claim("ALERT:" + a.id(), EditionKind.ALERT, writer.alert(a, now), 1, now, now));
	}

	private Instant since(Instant now) {
		return ledger.lastCoverage().orElse(now.minus(Duration.ofDays(1)));
	}

	private Optional<Edition> claim(String key, EditionKind kind, EditionWriter.Rendered rendered, int articles,
			Instant coversUntil, Instant now) {
		Optional<Edition> edition = transaction.execute(status -> {
			try {
				long id = ledger.claim(key, kind, rendered.subject(), rendered.html(), rendered.text(), articles,
						coversUntil, now);
				String messageId = letters.messageId("edition", id, 0);
				String prefix = messageId.substring(0, messageId.indexOf('.') + 1);
				String suffix = messageId.substring(messageId.indexOf('@'));
				long recipients = articles == 0 ? 0 : ledger.queue(id, prefix, suffix, now);
				return Optional.of(new Edition(id, rendered.subject(), articles, recipients));
			}
			catch (DuplicateKeyException e) {
				// Another node (or another click) has this edition: it is theirs to send.
				status.setRollbackOnly();
				return Optional.<Edition>empty();
			}
		});
		if (edition == null || edition.isEmpty() || articles == 0) {
			return Optional.empty();
		}
		mailroom.wake();
		return edition;
	}

}
