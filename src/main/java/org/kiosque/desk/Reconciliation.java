package org.kiosque.desk;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What becomes of a save made from an older revision than the article's latest (someone
 * else saved meanwhile): the one decision "the base is stale, reconcile", so that how it
 * is reconciled can change here alone.
 * <p>
 * The three versions (the form's base revision, the person's text, the latest revision)
 * go through {@link CopyMerge}: changes to different fields or paragraphs are merged and
 * saved, the editor saying so; the same paragraph (or field) changed differently on both
 * sides is a conflict, answered 409, nothing written. A base that is not one of the
 * article's revisions is taken as blank: everything both sides hold then clashes, so that
 * nothing is overwritten on a guess.
 */
@Component
class Reconciliation {

	/**
	 * @param base the revision the person's form was made from; {@code null} when it is
	 * not known (the article had none, or the number is not one of its revisions)
	 * @param latest the article's latest revision, which someone else made since
	 * @param mine the text the person submitted
	 */
	Reconciled reconcile(@Nullable Revision base, Revision latest, Copy mine) {
		Copy from = base == null ? Copy.blank() : base.copy();
		return switch (CopyMerge.merge(from, mine, latest.copy())) {
			case CopyMerge.Merged merged -> {
				List<String> theirs = new ArrayList<>(merged.fromTheirs());
				theirs.addAll(merged.combined());
				yield new Reconciled.Clean(merged.copy(), !theirs.isEmpty(), theirs, latest);
			}
			case CopyMerge.Conflict conflict -> new Reconciled.Conflict(conflict, latest);
		};
	}

	/** The outcome. */
	sealed interface Reconciled {

		/**
		 * The text to save after all.
		 *
		 * @param merged true when it holds the other person's changes too (the editor
		 * says so)
		 * @param fields the fields ({@link Copy#fields()} names) holding the other
		 * person's changes: taken from them or combined with the person's own
		 * @param theirs the latest revision it was merged with
		 */
		record Clean(Copy copy, boolean merged, List<String> fields, Revision theirs) implements Reconciled {

			public Clean {
				fields = List.copyOf(fields);
			}

		}

		/**
		 * Both changed the same thing: the person chooses.
		 *
		 * @param clashes what clashes, side by side, and the proposal to show again in
		 * the form (everything merged, the person's own text where it clashes)
		 * @param theirs the latest revision, with its text
		 */
		record Conflict(CopyMerge.Conflict clashes, Revision theirs) implements Reconciled {
		}

	}

}
