package org.kiosque.wires;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.codec.binary.Hex;
import org.apache.commons.codec.digest.DigestUtils;
import org.jspecify.annotations.Nullable;
import org.kiosque.article.LeadImage;
import org.kiosque.article.Newsdesk;
import org.kiosque.desk.Copy;
import org.kiosque.desk.Desk;
import org.kiosque.media.PictureRefused;
import org.kiosque.media.Pictures;
import org.kiosque.site.Labels;
import org.kiosque.site.NewspaperDates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files the items of one file or feed entry on the desk, all of them in one transaction
 * (a file is taken whole or not at all), through {@link Desk} (the one way articles
 * change). An item's identity is its provider plus its GUID ({@code wire_item}):
 * <ul>
 * <li>never seen: a new article, a draft or published as the source says (under an
 * embargo to come, filed scheduled at its instant, and logged so; the embargo itself goes
 * through {@link EmbargoHandoff});</li>
 * <li>seen, same version and same text: skipped, counted as a duplicate; an older
 * version: skipped too;</li>
 * <li>a new version (a higher {@code version}, a later {@code versionCreated}, or a
 * changed text under the same version): the draft is updated, or the published article
 * gets a revision, its author the agency; the newsroom's edits since the previous version
 * stay when they touch other paragraphs, and a clash leaves the article as it is, keeps
 * the agency's version ({@link PendingVersions}) and flags it for an editor, who takes it
 * or keeps the newsroom's text ({@link ClashingVersions}); any other outcome of a later
 * version forgets the one kept;</li>
 * <li>withdrawn (pubStatus withheld or canceled): the article comes down at once, the
 * reason on its revision and in the newsroom.</li>
 * </ul>
 * An item filed (created or updated) whose lead picture its folder does not hold yet
 * awaits it ({@link AwaitedPictures}); when the file comes, {@link #arrived} makes it the
 * article's lead picture, unless the newsroom changed the lead since or the file came too
 * late.
 */
@Service
class Filing {

	private final Desk desk;

	private final Newsdesk newsdesk;

	private final ItemRepository items;

	private final PendingVersions pending;

	private final Pictures pictures;

	private final AwaitedPictures awaited;

	private final EmbargoHandoff embargo;

	private final Labels labels;

	private final NewspaperDates dates;

	private final Clock clock;

	private final TransactionTemplate transaction;

	Filing(Desk desk, Newsdesk newsdesk, ItemRepository items, PendingVersions pending, Pictures pictures,
			AwaitedPictures awaited, EmbargoHandoff embargo, Labels labels, NewspaperDates dates, Clock clock,
			PlatformTransactionManager transactions) {
		this.desk = desk;
		this.newsdesk = newsdesk;
		this.items = items;
		this.pending = pending;
		this.pictures = pictures;
		this.awaited = awaited;
		this.embargo = embargo;
		this.labels = labels;
		this.dates = dates;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * What came of one item: a line of the ingest log.
	 *
	 * @param refusedPictures the pictures the item named that the media library refused,
	 * by name, with why (in French); every other picture it named went with it
	 */
	record Filed(IngestLog.Outcome outcome, String identity, @Nullable Long articleId, String detail,
			Map<String, String> refusedPictures) {

		Filed

		{
			refusedPictures = Map.copyOf(refusedPictures);
		}

		Filed(IngestLog.Outcome outcome, String identity, @Nullable Long articleId, String detail) {
			this(outcome, identity, articleId, detail, Map.of());
		}

	}

	/**
	 * What came of an item's lead picture: what the log adds (blank when nothing to say)
	 * and the picture refused, if it was.
	 */
	private record Lead(String note, Map<String, String> refused) {

		static final Lead NONE = new Lead("", Map.of());

	}

	/**
	 * The picture files a source holds beside its items: a folder's files; a feed has
	 * none ({@link #NONE}).
	 */
	interface PictureFiles {

		/** No picture files at all: a feed's pictures are addresses, never fetched. */
		PictureFiles NONE = new PictureFiles() {

			@Override
			public Optional<byte[]> read(String href) {
				return Optional.empty();
			}

			@Override
			public Optional<String> awaitable(String href) {
				return Optional.empty();
			}

		};

		/** The bytes of the picture file {@code href} names, empty when there is none. */
		Optional<byte[]> read(String href);

		/**
		 * The name of the picture file {@code href} names when it is one the source may
		 * still receive: a picture's name in the folder, not there yet. Empty for a file
		 * that is there, and for what never comes by itself (an address, a name outside
		 * the folder, a file that is no picture's).
		 */
		Optional<String> awaitable(String href);

	}

	/** A file or entry that could not be filed: nothing of it was kept. */
	static final class NotFiled extends Exception {

		NotFiled(String reason) {
			super(reason);
		}

	}

	/**
	 * Files every item of one file or entry, in one transaction.
	 * @param picture the picture files beside the items (a folder's),
	 * {@link PictureFiles#NONE} for a feed
	 * @throws NotFiled with the reason (in French) when one item breaks the desk's rules:
	 * nothing of the file is kept
	 */
	List<Filed> file(WireSource source, List<WireItem> wireItems, PictureFiles picture) throws NotFiled {
		try {
			return transaction.execute(status -> {
				List<Filed> done = new ArrayList<>();
				for (WireItem item : wireItems) {
					done.add(fileOne(source, item, picture));
				}
				return done;
			});
		}
		catch (Refusal refusal) {
			throw new NotFiled(refusal.getMessage());
		}
	}

	private Filed fileOne(WireSource source, WireItem item, PictureFiles picture) {
		if (item.guid().isBlank() || item.provider().isBlank()) {
			throw new Refusal(labels.get("wiredesk.failed.no-identity"));
		}
		Instant now = clock.instant();
		String agency = item.agency().isBlank() ? source.agency() : item.agency();
		String fingerprint = fingerprint(item);
		Optional<ItemRepository.Filed> before = items.findForUpdate(item.provider(), item.guid());
		if (before.isEmpty() || before.get().articleId() == null) {
			if (item.status().withdraws()) {
				ItemRepository.Filed record = new ItemRepository.Filed(item.provider(), item.guid(), source.key(), null,
						item.version(), item.versionCreated(), fingerprint, 0, item.headline(), "withdrawn", null,
						blankToNull(item.editorsNote()), item.embargo(), now);
				if (before.isEmpty()) {
					items.insert(record, now);
				}
				else {
					items.update(record, now);
					pending.forget(item.provider(), item.guid());
				}
				return new Filed(IngestLog.Outcome.WITHDRAWN, item.identity(), null,
						labels.get("wiredesk.detail.withdrawn-unseen", status(item)));
			}
			return create(source, item, agency, fingerprint, before.isPresent(), picture, now);
		}
		ItemRepository.Filed was = before.get();
		long articleId = was.articleId();
		if (!newer(item, fingerprint, was)) {
			return new Filed(IngestLog.Outcome.DUPLICATE, item.identity(), articleId,
					labels.get("wiredesk.detail.duplicate", item.version()));
		}
		if (item.status().withdraws()) {
			String why = labels.get("wiredesk.detail.withdrawn", status(item), agency);
			int revision = desk.withdrawAgencyCopy(articleId, agency, why);
			// Withdrawn, no version of it is to be taken any more, nor a picture for it.
			pending.forget(was.provider(), was.guid());
			awaited.forget(articleId);
			items.update(
					new ItemRepository.Filed(was.provider(), was.guid(), source.key(), articleId, item.version(),
							item.versionCreated(), fingerprint, revision == 0 ? was.revision() : revision,
							was.headline(), "withdrawn", why, blankToNull(item.editorsNote()), was.embargo(), now),
					now);
			return new Filed(IngestLog.Outcome.WITHDRAWN, item.identity(), articleId, why);
		}
		Copy copy = copy(source, item, agency);
		Desk.AgencyFiling filing = desk.fileAgencyCopy(articleId, copy, was.revision(), false, null, agency,
				labels.get("wiredesk.revision.version", item.version()));
		switch (filing.result()) {
			case CONFLICT -> {
				String why = labels.get("wiredesk.detail.conflict", item.version(), fieldLabels(filing.details()));
				items.update(new ItemRepository.Filed(was.provider(), was.guid(), source.key(), articleId,
						item.version(), item.versionCreated(), fingerprint, was.revision(), was.headline(), "conflict",
						why, blankToNull(item.editorsNote()), was.embargo(), now), now);
				// Kept, so that the editor reads it in the newsroom and may take it.
				pending.store(was.provider(), was.guid(), new PendingVersions.Pending(item.version(), copy.headline(),
						copy.standfirst(), copy.body(), copy.byline(), copy.source(), item.embargo(), now));
				return new Filed(IngestLog.Outcome.CONFLICT, item.identity(), articleId, why);
			}
			case INVALID -> throw new Refusal(invalid(item, filing));
			case MISSING -> {
				return create(source, item, agency, fingerprint, true, picture, now);
			}
			case DONE -> {
				// A picture sent with the new version becomes the lead, as on arrival.
				Lead lead = lead(filing.articleId(), item, picture);
				embargo.handOff(filing.articleId(), item.embargo(), was.embargo() != null);
				embargo.editorsNote(filing.articleId(), item.editorsNote());
				items.update(new ItemRepository.Filed(was.provider(), was.guid(), source.key(), articleId,
						item.version(), item.versionCreated(), fingerprint, filing.revision(), item.headline(), "filed",
						null, blankToNull(item.editorsNote()), item.embargo(), now), now);
				// A later version filed cleanly: an earlier clash is moot.
				pending.forget(was.provider(), was.guid());
				awaitLead(source, articleId, item, picture, now);
				return new Filed(IngestLog.Outcome.UPDATED, item.identity(), articleId,
						labels.get("wiredesk.detail.updated", item.version(), filing.revision()) + lead.note(),
						lead.refused());
			}
		}
		throw new IllegalStateException(filing.result().name());
	}

	private Filed create(WireSource source, WireItem item, String agency, String fingerprint, boolean known,
			PictureFiles picture, Instant now) {
		// Under an embargo to come, the desk schedules it at the embargo's instant.
		boolean publish = source.publish();
		Desk.AgencyFiling filing = desk.fileAgencyCopy(null, copy(source, item, agency), 0, publish, item.embargo(),
				agency, labels.get("wiredesk.revision.version", item.version()));
		if (filing.result() != Desk.AgencyFiling.Result.DONE) {
			throw new Refusal(invalid(item, filing));
		}
		long id = filing.articleId();
		Lead lead = lead(id, item, picture);
		embargo.handOff(id, item.embargo(), false);
		embargo.editorsNote(id, item.editorsNote());
		ItemRepository.Filed record = new ItemRepository.Filed(item.provider(), item.guid(), source.key(), id,
				item.version(), item.versionCreated(), fingerprint, filing.revision(), item.headline(), "filed", null,
				blankToNull(item.editorsNote()), item.embargo(), now);
		if (known) {
			items.update(record, now);
			pending.forget(item.provider(), item.guid());
		}
		else {
			items.insert(record, now);
		}
		awaitLead(source, id, item, picture, now);
		return new Filed(IngestLog.Outcome.CREATED, item.identity(), id,
				created(publish, filing.scheduledAt()) + lead.note(), lead.refused());
	}

	/**
	 * Gives the article the item's first picture, when its file is there, as its lead
	 * with the item's caption and credit; a picture the media library refuses does not
	 * stop the item. A file the library already holds (an agency sends its photo again
	 * with each version) is used again, not copied a second time.
	 */
	private Lead lead(long articleId, WireItem item, PictureFiles picture) {
		if (item.pictures().isEmpty()) {
			return Lead.NONE;
		}
		WirePicture lead = item.pictures().get(0);
		Optional<byte[]> bytes = picture.read(lead.href());
		if (bytes.isEmpty()) {
			return Lead.NONE;
		}
		try {
			giveLead(articleId, fileName(lead.href()), bytes.get(), lead.caption(), lead.credit());
			return Lead.NONE;
		}
		catch (PictureRefused refused) {
			String why = labels.get("wiredesk.detail.picture-refused", lead.href(), pictures.explain(refused, labels));
			return new Lead(" " + why, Map.of(lead.href(), why));
		}
	}

	/**
	 * Makes the picture the article's lead, with this caption and credit: the library's
	 * copy of these bytes if it holds one already, else a new one.
	 * @throws PictureRefused when the media library refuses the bytes: nothing is stored
	 */
	private void giveLead(long articleId, String fileName, byte[] bytes, String caption, String credit) {
		newsdesk.setLead(articleId, keep(fileName, bytes, caption, credit), caption, credit);
	}

	/**
	 * Puts the picture in the media library (the copy it holds of these bytes, if any),
	 * with the item's caption and credit where the file's own words left them blank.
	 * @return the picture's number in the library
	 * @throws PictureRefused when the media library refuses the bytes: nothing is stored
	 */
	private long keep(String fileName, byte[] bytes, String caption, String credit) {
		long pictureId = pictures.uploadOnce(fileName, bytes, null).id();
		pictures.fillIn(pictureId, caption, credit);
		return pictureId;
	}

	/**
	 * Awaits the item's lead picture for the article when the folder does not hold it
	 * yet, in place of the one awaited for an earlier version: a version whose lead
	 * picture was there (taken, or refused), or that names none or another, leaves
	 * nothing awaited for the one before.
	 */
	private void awaitLead(WireSource source, long articleId, WireItem item, PictureFiles picture, Instant now) {
		awaited.forget(articleId);
		if (item.pictures().isEmpty()) {
			return;
		}
		WirePicture lead = item.pictures().get(0);
		picture.awaitable(lead.href())
			.ifPresent(name -> awaited.await(new AwaitedPictures.Awaited(articleId, source.key(), name, item.provider(),
					item.guid(), lead.caption(), lead.credit(), now, digest(newsdesk.lead(articleId)))));
	}

	/**
	 * The article's lead picture in a few characters (SHA-256 of its picture, address,
	 * caption and credit), to tell whether anyone changed it since: blank for no article.
	 */
	private static String digest(Optional<LeadImage> lead) {
		if (lead.isEmpty()) {
			return "";
		}
		LeadImage l = lead.get();
		return sha256(List.of(String.valueOf(l.pictureId()), String.valueOf(l.url()), String.valueOf(l.caption()),
				String.valueOf(l.credit())));
	}

	/**
	 * Files a picture that arrived in a folder source after the items that named it as
	 * their lead ({@link AwaitedPictures}), in one transaction: each article awaiting it
	 * whose lead picture is still the one it had when the item's version was filed (none,
	 * or the agency's earlier photo) gets it, with its item's caption and credit; one
	 * whose lead the newsroom changed since keeps it, and one that awaited it since
	 * before {@code awaitedAfter} (the file came too late) is not given it. Either way,
	 * and when the media library refuses the file (the agency's file is bad: nothing
	 * would come of waiting again), the article awaits it no more. Anything else that
	 * breaks rolls it all back: the articles still await it.
	 * @param fileName the file's name in the source's folder
	 * @param arrived when the file arrived (its time in the folder)
	 * @param wait how long a picture is awaited ({@code kiosque.wires.picture-wait})
	 * @return one line of the ingest log per article that awaited it (none when no one
	 * does): updated, the picture not used, or refused (then naming it in
	 * {@link Filed#refusedPictures} with why)
	 */
	List<Filed> arrived(WireSource source, String fileName, byte[] bytes, Instant arrived, Duration wait) {
		List<Filed> lines = transaction.execute(status -> {
			List<Filed> done = new ArrayList<>();
			for (AwaitedPictures.Awaited waiting : awaited.of(source.key(), fileName)) {
				// The item first, as every writer of it holds it: one thing at a time.
				items.findForUpdate(waiting.provider(), waiting.guid());
				Optional<AwaitedPictures.Awaited> still = awaited.find(waiting.articleId())
					.filter(w -> w.sourceKey().equals(source.key()) && w.fileName().equals(fileName));
				Optional<LeadImage> lead = newsdesk.lead(waiting.articleId());
				if (still.isEmpty() || lead.isEmpty()) {
					continue; // a newer version or the article's deletion came first
				}
				awaited.forget(waiting.articleId());
				Instant until = waiting.since().plus(wait);
				done.add(arrived.isAfter(until) ? tooLate(waiting, until) : arrivedFor(waiting, lead.get(), bytes));
			}
			return done;
		});
		return lines == null ? List.of() : lines;
	}

	/** A picture that came after the article stopped waiting for it, at {@code until}. */
	private Filed tooLate(AwaitedPictures.Awaited waiting, Instant until) {
		return new Filed(IngestLog.Outcome.UNUSED, waiting.identity(), waiting.articleId(),
				labels.get("wiredesk.detail.late-picture-too-late", waiting.fileName(), dates.dayAndTime(until)));
	}

	/** What comes of a picture awaited by one article whose lead is {@code lead}. */
	private Filed arrivedFor(AwaitedPictures.Awaited waiting, LeadImage lead, byte[] bytes) {
		String file = waiting.fileName();
		try {
			if (!digest(Optional.of(lead)).equals(waiting.leadThen())) {
				// Someone changed the article's picture meanwhile: theirs stays, and the
				// agency's photo waits in the library should they want it after all.
				long kept = keep(file, bytes, waiting.caption(), waiting.credit());
				return new Filed(IngestLog.Outcome.UNUSED, waiting.identity(), waiting.articleId(),
						labels.get("wiredesk.detail.late-picture-unused", file, String.valueOf(kept)));
			}
			giveLead(waiting.articleId(), file, bytes, waiting.caption(), waiting.credit());
			return new Filed(IngestLog.Outcome.UPDATED, waiting.identity(), waiting.articleId(),
					labels.get("wiredesk.detail.late-picture", file));
		}
		catch (PictureRefused refused) {
			String why = labels.get("wiredesk.detail.late-picture-refused", file, pictures.explain(refused, labels));
			return new Filed(IngestLog.Outcome.FAILED, waiting.identity(), waiting.articleId(), why, Map.of(file, why));
		}
	}

	/**
	 * What the log says of a new article: a draft, published, or scheduled at the instant
	 * the desk scheduled it (its embargo still to come), as the site prints dates.
	 */
	private String created(boolean publish, @Nullable Instant scheduledAt) {
		if (!publish) {
			return labels.get("wiredesk.detail.draft");
		}
		if (scheduledAt != null) {
			return labels.get("wiredesk.detail.scheduled", dates.dayAndTime(scheduledAt));
		}
		return labels.get("wiredesk.detail.published");
	}

	/**
	 * Whether the item is a new version of what was filed: a higher version, a later
	 * versionCreated, or another text under a version that is not lower.
	 */
	static boolean newer(WireItem item, String fingerprint, ItemRepository.Filed was) {
		if (item.version() != was.version()) {
			return item.version() > was.version();
		}
		Instant created = item.versionCreated();
		if (created != null && was.versionCreated() != null && !created.equals(was.versionCreated())) {
			return created.isAfter(was.versionCreated());
		}
		return !fingerprint.equals(was.fingerprint());
	}

	/** The desk's copy of an item: the source's section and tags, then the item's. */
	private static Copy copy(WireSource source, WireItem item, String agency) {
		Set<String> tags = new LinkedHashSet<>(source.tags());
		tags.addAll(item.subjects());
		return new Copy(item.headline(), item.standfirst(), item.body(), source.section(), String.join(", ", tags),
				item.byline(), agency, "", "");
	}

	/**
	 * The clashing fields as the editor's form and the revisions page name them, in the
	 * site's language: the desk's own labels ({@code copy.field.*}), so that the wires
	 * never say {@code body} where the form says "Texte".
	 */
	private String fieldLabels(List<String> fields) {
		return String.join(", ", fields.stream().map(field -> {
			String key = "copy.field." + field;
			return labels.has(key) ? labels.get(key) : field;
		}).toList());
	}

	private String invalid(WireItem item, Desk.AgencyFiling filing) {
		List<String> problems = filing.details().stream().map(labels::get).toList();
		return labels.get("wiredesk.failed.invalid", item.identity(), String.join(" ", problems));
	}

	private String status(WireItem item) {
		return labels.get("wiredesk.status." + item.status().name().toLowerCase(java.util.Locale.ROOT));
	}

	/** SHA-256 of what a reader would see of the item, and its status. */
	static String fingerprint(WireItem item) {
		return sha256(List.of(item.headline(), item.standfirst(), item.body(), item.byline(), item.status().name(),
				String.valueOf(item.embargo())));
	}

	/** SHA-256 of the parts, each ended by a zero byte, in hexadecimal. */
	private static String sha256(List<String> parts) {
		MessageDigest sha = DigestUtils.getSha256Digest();
		for (String part : parts) {
			sha.update(part.getBytes(StandardCharsets.UTF_8));
			sha.update((byte) 0);
		}
		return Hex.encodeHexString(sha.digest());
	}

	private static String fileName(String href) {
		int slash = Math.max(href.lastIndexOf('/'), href.lastIndexOf('\\'));
		return slash < 0 ? href : href.substring(slash + 1);
	}

	private static @Nullable String blankToNull(String text) {
		return text.isBlank() ? null : text;
	}

	/** Rolls the file's transaction back with the reason. */
	private static final class Refusal extends RuntimeException {

		Refusal(String reason) {
			super(reason);
		}

	}

}
