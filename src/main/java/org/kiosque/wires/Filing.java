package org.kiosque.wires;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
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
 */
@Service
class Filing {

	private final Desk desk;

	private final Newsdesk newsdesk;

	private final ItemRepository items;

	private final PendingVersions pending;

	private final Pictures pictures;

	private final EmbargoHandoff embargo;

	private final Labels labels;

	private final NewspaperDates dates;

	private final Clock clock;

	private final TransactionTemplate transaction;

	Filing(Desk desk, Newsdesk newsdesk, ItemRepository items, PendingVersions pending, Pictures pictures,
			EmbargoHandoff embargo, Labels labels, NewspaperDates dates, Clock clock,
			PlatformTransactionManager transactions) {
		this.desk = desk;
		this.newsdesk = newsdesk;
		this.items = items;
		this.pending = pending;
		this.pictures = pictures;
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

		Filed {
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

	/** A file or entry that could not be filed: nothing of it was kept. */
	static final class NotFiled extends Exception {

		NotFiled(String reason) {
			super(reason);
		}

	}

	/**
	 * Files every item of one file or entry, in one transaction.
	 * @param picture the bytes of a picture an item names (a file beside it in the
	 * folder), empty when there is none
	 * @throws NotFiled with the reason (in French) when one item breaks the desk's rules:
	 * nothing of the file is kept
	 */
	List<Filed> file(WireSource source, List<WireItem> wireItems, Function<String, Optional<byte[]>> picture)
			throws NotFiled {
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

	private Filed fileOne(WireSource source, WireItem item, Function<String, Optional<byte[]>> picture) {
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
			// Withdrawn, no version of it is to be taken any more.
			pending.forget(was.provider(), was.guid());
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
				return new Filed(IngestLog.Outcome.UPDATED, item.identity(), articleId,
						labels.get("wiredesk.detail.updated", item.version(), filing.revision()) + lead.note(),
						lead.refused());
			}
		}
		throw new IllegalStateException(filing.result().name());
	}

	private Filed create(WireSource source, WireItem item, String agency, String fingerprint, boolean known,
			Function<String, Optional<byte[]>> picture, Instant now) {
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
		return new Filed(IngestLog.Outcome.CREATED, item.identity(), id,
				created(publish, filing.scheduledAt()) + lead.note(), lead.refused());
	}

	/**
	 * Gives the article the item's first picture, when its file is there, as its lead
	 * with the item's caption and credit; a picture the media library refuses does not
	 * stop the item. A file the library already holds (an agency sends its photo again
	 * with each version) is used again, not copied a second time.
	 */
	private Lead lead(long articleId, WireItem item, Function<String, Optional<byte[]>> picture) {
		if (item.pictures().isEmpty()) {
			return Lead.NONE;
		}
		WirePicture lead = item.pictures().get(0);
		Optional<byte[]> bytes = picture.apply(lead.href());
		if (bytes.isEmpty()) {
			return Lead.NONE;
		}
		try {
			long pictureId = pictures.uploadOnce(fileName(lead.href()), bytes.get(), null).id();
			newsdesk.setLead(articleId, pictureId, lead.caption(), lead.credit());
			return Lead.NONE;
		}
		catch (PictureRefused refused) {
			String why = labels.get("wiredesk.detail.picture-refused", lead.href(), pictures.explain(refused, labels));
			return new Lead(" " + why, Map.of(lead.href(), why));
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
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (String part : List.of(item.headline(), item.standfirst(), item.body(), item.byline(),
					item.status().name(), String.valueOf(item.embargo()))) {
				sha.update(part.getBytes(StandardCharsets.UTF_8));
				sha.update((byte) 0);
			}
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
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
