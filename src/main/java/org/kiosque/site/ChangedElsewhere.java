package org.kiosque.site;

import java.util.Set;

/**
 * Another node changed something this node may keep a copy of, heard from the change log
 * ({@link ChangeLog}) within about {@code kiosque.changes.poll-interval}: published on
 * this node, outside any transaction, for the listeners that drop copies (they drop at
 * once on the node of the change, on the original event). One event per kind of change
 * and poll, whatever the number of rows.
 *
 * @param kind the simple class name of the {@link SharedChange} heard
 * @param subjects their subjects ({@link SharedChange#subject()})
 */
public record ChangedElsewhere(String kind, Set<String> subjects) {

	/** Whether the change heard is of {@code type}. */
	public boolean is(Class<? extends SharedChange> type) {
		return kind.equals(type.getSimpleName());
	}

}
