package org.kiosque.author;

import java.io.InputStream;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kiosque.account.ProfileChanged;
import org.kiosque.media.Crop;
import org.kiosque.media.PictureRef;
import org.kiosque.media.PictureRefused;
import org.kiosque.media.Pictures;
import org.kiosque.media.Rendition;
import org.kiosque.site.FormProblems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff members' portraits: a picture of the media library each, chosen by its number or
 * uploaded from the author profile, printed on the author page as a square cut
 * ({@link Crop#SQUARE}) and named as the {@code image} of the JSON-LD {@code Person}. A
 * change drops the public page copies at once ({@link ProfileChanged}).
 */
@Service
class Portraits {

	private final PortraitRepository repository;

	private final Pictures pictures;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	Portraits(PortraitRepository repository, Pictures pictures, TransactionTemplate transactions,
			ApplicationEventPublisher events) {
		this.repository = repository;
		this.pictures = pictures;
		this.transactions = transactions;
		this.events = events;
	}

	/** The portrait of {@code accountId}, or empty when none was chosen. */
	Optional<PictureRef> of(long accountId) {
		return repository.pictureOf(accountId).flatMap(pictures::find);
	}

	/** The address of the portrait's widest square cut (JPEG), for structured data. */
	Optional<String> imagePath(long accountId) {
		return of(accountId).map(ref -> ref.widest(Crop.SQUARE).path());
	}

	/** Whether pages may offer WebP renditions besides JPEG. */
	boolean webp() {
		return pictures.formats().contains(Rendition.Format.WEBP);
	}

	/**
	 * Makes the library's picture number {@code typed} the portrait of {@code accountId}.
	 * @return the problems (not a number, no such picture in the library), nothing
	 * changed if any
	 */
	FormProblems choose(long accountId, String typed) {
		long id;
		try {
			id = Long.parseLong(typed.strip());
		}
		catch (NumberFormatException ex) {
			return FormProblems.of("photo", "author.portrait.problem.number");
		}
		if (pictures.find(id).isEmpty()) {
			return FormProblems.of("photo", "author.portrait.problem.unknown");
		}
		save(accountId, id);
		return new FormProblems();
	}

	/**
	 * Takes an uploaded picture into the library and makes it the portrait.
	 * @throws PictureRefused when the library refuses the file: nothing is kept then
	 */
	PictureRef upload(long accountId, String fileName, InputStream content, @Nullable Long uploader) {
		PictureRef ref = pictures.upload(fileName, content, uploader);
		save(accountId, ref.id());
		return ref;
	}

	/** Forgets the portrait; the picture stays in the library. */
	void remove(long accountId) {
		transactions.executeWithoutResult(status -> {
			repository.remove(accountId);
			events.publishEvent(new ProfileChanged(accountId));
		});
	}

	private void save(long accountId, long pictureId) {
		transactions.executeWithoutResult(status -> {
			repository.choose(accountId, pictureId);
			events.publishEvent(new ProfileChanged(accountId));
		});
	}

}
