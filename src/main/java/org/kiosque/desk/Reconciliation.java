package org.kiosque.desk;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What becomes of a save made from an older revision than the article's latest (someone
 * else saved meanwhile): the one decision "the base is stale, reconcile", so that how it
 * is reconciled can change here alone.
 * <p>
 * Today nothing is merged: every stale save is a conflict, answered 409 with the person's
 * text kept in the form; nothing is overwritten silently. The three-way merge of
 * {@link Copy} values (base, theirs, mine) replaces the body of {@link #reconcile} when
 * it lands: changes to different fields or paragraphs merged, the same paragraph a
 * conflict.
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
		return new Reconciled.Conflict(mine, latest);
	}

	/** The outcome. */
	sealed interface Reconciled {

		/**
		 * The text to save after all.
		 *
		 * @param merged true when it holds the other person's changes too (the editor
		 * says so)
		 */
		record Clean(Copy copy, boolean merged) implements Reconciled {
		}

		/**
		 * Both changed the same thing: the person chooses.
		 *
		 * @param mine the person's text, to show again in the form
		 * @param theirs the latest revision, with its text
		 */
		record Conflict(Copy mine, Revision theirs) implements Reconciled {
		}

	}

}
