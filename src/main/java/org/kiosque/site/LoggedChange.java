package org.kiosque.site;

/**
 * One row of the change log ({@link ChangeLog}).
 *
 * @param seq its place in the log: later rows have higher numbers, but a row may become
 * visible after a later one (its transaction committed later), see {@link ChangeFollower}
 * @param kind the simple class name of the {@link SharedChange} it records
 * @param subject {@link SharedChange#subject()}
 * @param node the node that wrote it ({@link ChangeLog#node()})
 */
public record LoggedChange(long seq, String kind, String subject, String node) {

	/** Whether this row records an event of {@code type}. */
	public boolean is(Class<? extends SharedChange> type) {
		return kind.equals(type.getSimpleName());
	}

}
