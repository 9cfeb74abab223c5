package org.kiosque.newsletter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** What other parts (the command line) may ask of the newsletter. */
@Service
public class Newsletter {

	private final Editions editions;

	private final Mailroom mailroom;

	private final DeliveryRepository deliveries;

	private final SubscriberImport importer;

	Newsletter(Editions editions, Mailroom mailroom, DeliveryRepository deliveries, SubscriberImport importer) {
		this.editions = editions;
		this.mailroom = mailroom;
		this.deliveries = deliveries;
		this.importer = importer;
	}

	/**
	 * The result of {@link #sendNow()}: how many mails went, and how many wait for a
	 * retry.
	 */
	public record Sending(long editionId, String subject, int articles, long recipients, int sent, long waiting,
			java.time.Duration took) {

		/** Messages per second while sending. */
		public double rate() {
			return took.toNanos() == 0 ? 0 : sent * 1_000_000_000.0 / took.toNanos();
		}
	}

	/**
	 * Makes an edition of what was published since the last one and sends it in this
	 * thread. Empty when there is nothing new to send.
	 */
	public Optional<Sending> sendNow() {
		mailroom.recover();
		return editions.now().map(edition -> {
			long start = System.nanoTime();
			int sent = mailroom.drain(edition.id());
			java.time.Duration took = java.time.Duration.ofNanos(System.nanoTime() - start);
			return new Sending(edition.id(), edition.subject(), edition.articleCount(), edition.recipients(), sent,
					deliveries.pending(edition.id()), took);
		});
	}

	public ImportReport importSubscribers(Path file) throws IOException {
		return importer.run(file);
	}

}
