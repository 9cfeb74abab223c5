package org.kiosque.newsletter;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** What other parts (the command line) may ask of the newsletter. */
@Service
public class Newsletter {

	private final Editions editions;

	private final EditionRepository ledger;

	private final Mailroom mailroom;

	private final DeliveryRepository deliveries;

	private final SubscriberImport importer;

	Newsletter(Editions editions, EditionRepository ledger, Mailroom mailroom, DeliveryRepository deliveries,
			SubscriberImport importer) {
		this.editions = editions;
		this.ledger = ledger;
		this.mailroom = mailroom;
		this.deliveries = deliveries;
		this.importer = importer;
	}

	/**
	 * One edition sent by {@link #sendNow()}: how many mails went from this process, and
	 * how many are still waiting (for a retry later, or being sent by another node).
	 *
	 * @param resumed true for an edition begun earlier and left unfinished (a crash, a
	 * kill), false for the new edition
	 */
	public record Sending(long editionId, String subject, int articles, long recipients, int sent, long waiting,
			Duration took, boolean resumed) {

		/** Messages per second while sending. */
		public double rate() {
			return took.toNanos() == 0 ? 0 : sent * 1_000_000_000.0 / took.toNanos();
		}
	}

	/**
	 * Sends in this thread, first what is left of every unfinished edition (one that a
	 * killed command or a crashed node left half sent: deliveries claimed by a sender
	 * that died are taken over once its lease lapses), then an edition of what was
	 * published since the last one. Empty when there was nothing to finish and nothing
	 * new.
	 */
	public List<Sending> sendNow() {
		List<Sending> done = new ArrayList<>();
		for (long id : deliveries.unfinishedEditions()) {
			ledger.edition(id).ifPresent(edition -> done.add(send(edition, true)));
		}
		editions.now().ifPresent(edition -> done.add(send(edition, false)));
		return done;
	}

	private Sending send(Edition edition, boolean resumed) {
		long start = System.nanoTime();
		int sent = mailroom.finish(edition.id());
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		return new Sending(edition.id(), edition.subject(), edition.articleCount(), edition.recipients(), sent,
				deliveries.pending(edition.id()), took, resumed);
	}

	public ImportReport importSubscribers(Path file) throws IOException {
		return importer.run(file);
	}

	/**
	 * What {@link #welcome} did with one address.
	 */
	public enum Welcome {

		/** Added as a confirmed subscriber (or, in a dry run, would be). */
		ADDED,
		/** On the list already, whatever its standing (one who left stays out). */
		ALREADY_THERE,
		/** No valid address. */
		INVALID

	}

	/**
	 * Subscribes, confirmed, one person who asked for the newsletter on the platform the
	 * newspaper moved from ({@code import-ghost}): their consent was given there, so no
	 * confirmation mail is sent. An address on the list already is left as it is, so a
	 * second run changes nothing and someone who unsubscribed here stays unsubscribed.
	 * @param name their name, or {@code null}
	 * @param dryRun whether to only tell what would be done
	 */
	public Welcome welcome(String email, @Nullable String name, boolean dryRun) {
		return importer.welcome(email, name, dryRun);
	}

}
