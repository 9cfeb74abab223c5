package org.kiosque.wires;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kiosque.article.ArticleLedger;
import org.kiosque.article.DeskArticle;
import org.kiosque.article.Newsdesk;
import org.kiosque.desk.Desk;
import org.kiosque.desk.RevisionNumbers;
import org.kiosque.site.Labels;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An editor's decision on an agency version that clashed with the newsroom's edits
 * ({@link PendingVersions}): take the agency's version, filed through the desk as a new
 * revision over the article as it is now (its author the agency, as any new version), or
 * keep the newsroom's text. Either clears the version and the item's flag and says so in
 * the ingest log. A decision made on what is no longer there (the article changed since
 * the editor read it, a newer version came, someone decided already) changes nothing.
 */
@Service
class ClashingVersions {

	private final ItemRepository items;

	private final PendingVersions pending;

	private final Desk desk;

	private final Newsdesk newsdesk;

	private final RevisionNumbers revisions;

	private final ArticleLedger ledger;

	private final EmbargoHandoff embargo;

	private final IngestLog log;

	private final Labels labels;

	private final Clock clock;

	private final TransactionTemplate transaction;

	ClashingVersions(ItemRepository items, PendingVersions pending, Desk desk, Newsdesk newsdesk,
			RevisionNumbers revisions, ArticleLedger ledger, EmbargoHandoff embargo, IngestLog log, Labels labels,
			Clock clock, PlatformTransactionManager transactions) {
		this.items = items;
		this.pending = pending;
		this.desk = desk;
		this.newsdesk = newsdesk;
		this.revisions = revisions;
		this.ledger = ledger;
		this.embargo = embargo;
		this.log = log;
		this.labels = labels;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * An item and what waits of it.
	 *
	 * @param version the agency's version waiting, {@code null} when none does (decided,
	 * or a later version filed), or when the article is gone
	 * @param article the article made from the item, {@code null} once deleted
	 * @param revision the article's latest revision, read before its text: a decision
	 * names it, and is stale if the article has moved on since
	 */
	record Shown(ItemRepository.Filed item, PendingVersions.@Nullable Pending version, @Nullable DeskArticle article,
			int revision) {
	}

	/** The item and its waiting version; empty for an item never received. */
	Optional<Shown> show(String provider, String guid) {
		return items.find(provider, guid).map(item -> {
			Long articleId = item.articleId();
			if (articleId == null) {
				return new Shown(item, null, null, 0);
			}
			// The number first: should the article change between the two reads, the
			// text shown is the newer and a decision on it is refused as stale, never the
			// other way round.
			int revision = revisions.latest(articleId);
			DeskArticle article = ledger.find(articleId).orElse(null);
			return new Shown(item, article == null ? null : pending.find(provider, guid).orElse(null), article,
					revision);
		});
	}

	/** What came of a decision. */
	sealed interface Decision {

		/**
		 * Done; {@code revision} the article's new revision when the version was taken.
		 */
		record Done(long articleId, int revision) implements Decision {
		}

		/**
		 * Nothing done: the decision was on what is no longer there, why (a label key).
		 */
		record Stale(String messageKey) implements Decision {
		}

		/**
		 * Nothing done: the desk refuses the agency's text (its problems' label keys).
		 */
		record Refused(List<String> problemKeys) implements Decision {
		}

		/** No such item. */
		record Unknown() implements Decision {
		}

	}

	/**
	 * Files the waiting version over the article as a new revision, as a new version that
	 * did not clash would have been.
	 * @param version the agency's version the editor read
	 * @param revision the article's revision the editor read it against
	 * @param editor who decided, named in the ingest log
	 */
	Decision take(String provider, String guid, int version, int revision, String editor) {
		return transaction.execute(status -> {
			Optional<ItemRepository.Filed> held = items.findForUpdate(provider, guid);
			if (held.isEmpty()) {
				return new Decision.Unknown();
			}
			ItemRepository.Filed item = held.get();
			Optional<PendingVersions.Pending> waiting = pending.find(provider, guid);
			Optional<Decision.Stale> stale = stale(item, waiting, version);
			if (stale.isPresent()) {
				return stale.get();
			}
			long articleId = item.articleId();
			// Held, the article cannot change between the check and the filing.
			if (!newsdesk.hold(articleId)) {
				return new Decision.Stale("wiredesk.version.stale.decided");
			}
			if (revisions.latest(articleId) != revision) {
				return new Decision.Stale("wiredesk.version.stale.changed");
			}
			PendingVersions.Pending taken = waiting.orElseThrow();
			Desk.AgencyFiling filing = desk.fileAgencyCopy(articleId, taken.copy(), revision, false, null,
					taken.agency(), labels.get("wiredesk.revision.version-taken", taken.version(), editor));
			return switch (filing.result()) {
				case DONE -> filed(item, taken, filing.revision(), editor);
				case INVALID -> new Decision.Refused(filing.details());
				// The desk only merges, and may clash, over a revision other than the
				// latest: the article moved on after all.
				case CONFLICT -> new Decision.Stale("wiredesk.version.stale.changed");
				case MISSING -> new Decision.Stale("wiredesk.version.stale.decided");
			};
		});
	}

	/**
	 * Sets the waiting version aside: the article stays as the newsroom has it.
	 * @param version the agency's version the editor read
	 * @param editor who decided, named in the ingest log
	 */
	Decision keep(String provider, String guid, int version, String editor) {
		return transaction.execute(status -> {
			Optional<ItemRepository.Filed> held = items.findForUpdate(provider, guid);
			if (held.isEmpty()) {
				return new Decision.Unknown();
			}
			ItemRepository.Filed item = held.get();
			Optional<Decision.Stale> stale = stale(item, pending.find(provider, guid), version);
			if (stale.isPresent()) {
				return stale.get();
			}
			pending.forget(provider, guid);
			items.clearFlag(provider, guid);
			log.add(item.sourceKey(), IngestLog.Outcome.KEPT, labels.get("wiredesk.version.log-entry"),
					WireItem.identity(item.provider(), item.guid()), item.articleId(),
					labels.get("wiredesk.detail.kept", version, editor));
			return new Decision.Done(item.articleId(), 0);
		});
	}

	/**
	 * An editor has seen to a flagged item ("Vu"): its flag goes, and with it a clashing
	 * version still kept, which nothing would show any more. Whether there is such an
	 * item.
	 */
	boolean seen(String provider, String guid) {
		return Boolean.TRUE.equals(transaction.execute(status -> {
			pending.forget(provider, guid);
			return items.clearFlag(provider, guid);
		}));
	}

	/**
	 * Why a decision on {@code version} of the item comes too late, if it does: nothing
	 * waits (decided, a later version filed, the article deleted), or a newer version
	 * took its place.
	 */
	private static Optional<Decision.Stale> stale(ItemRepository.Filed item, Optional<PendingVersions.Pending> waiting,
			int version) {
		if (waiting.isEmpty() || item.articleId() == null) {
			return Optional.of(new Decision.Stale("wiredesk.version.stale.decided"));
		}
		if (waiting.get().version() != version) {
			return Optional.of(new Decision.Stale("wiredesk.version.stale.newer"));
		}
		return Optional.empty();
	}

	/**
	 * The item filed at the version taken, as {@link Filing} records a version that did
	 * not clash: its embargo and editor's note go to the article, its flag and the
	 * waiting version go.
	 */
	private Decision filed(ItemRepository.Filed item, PendingVersions.Pending taken, int revision, String editor) {
		long articleId = item.articleId();
		embargo.handOff(articleId, taken.embargo(), item.embargo() != null);
		embargo.editorsNote(articleId, item.editorsNote() == null ? "" : item.editorsNote());
		Instant now = clock.instant();
		items.update(new ItemRepository.Filed(item.provider(), item.guid(), item.sourceKey(), articleId, item.version(),
				item.versionCreated(), item.fingerprint(), revision, taken.headline(), "filed", null,
				item.editorsNote(), taken.embargo(), now), now);
		pending.forget(item.provider(), item.guid());
		log.add(item.sourceKey(), IngestLog.Outcome.UPDATED, labels.get("wiredesk.version.log-entry"),
				WireItem.identity(item.provider(), item.guid()), articleId,
				labels.get("wiredesk.detail.taken", taken.version(), editor, revision));
		return new Decision.Done(articleId, revision);
	}

}
