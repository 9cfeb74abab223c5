package org.kiosque.desk;

import java.util.Locale;
import java.util.Optional;

/**
 * What someone does to an article at the desk. Each one is recorded as a revision; the
 * form's {@code action} button names all but {@link #RESTORE}, which has its own page,
 * and {@link #RELEASE}, which the schedule does.
 */
public enum DeskAction {

	/** Keeps the text; the status does not move (a new article is a draft). */
	SAVE,

	/** A draft goes to review. */
	SUBMIT,

	/** Public now. */
	PUBLISH,

	/** Public at the {@code publishAt} time, which must be to come. */
	SCHEDULE,

	/** A published article is taken down; a scheduled one goes back to draft. */
	UNPUBLISH,

	/** An editor sends a draft back to its author, with a note. */
	RETURN,

	/** An older revision's text becomes the article's again, as a new revision. */
	RESTORE,

	/**
	 * The schedule made it public at its time; recorded under the name of whoever
	 * scheduled it. No button names it.
	 */
	RELEASE,
	/**
	 * The article as it came without a revision (an import, the demo content, a site
	 * moved in), kept as revision 1 when the desk first changes it. No button names it.
	 */
	IMPORTED;

	/** The button's value, and the name stored in the revision: {@code save}... */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The action a form's button names; empty for anything else. */
	static Optional<DeskAction> fromForm(String value) {
		for (DeskAction action : values()) {
			if (action != RESTORE && action != RELEASE && action != IMPORTED && action.value().equals(value)) {
				return Optional.of(action);
			}
		}
		return Optional.empty();
	}

	static DeskAction stored(String value) {
		return valueOf(value.toUpperCase(Locale.ROOT));
	}

}
