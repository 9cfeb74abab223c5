package org.kiosque.site;

/**
 * An event about something every node keeps a copy of (an article, the front page, a
 * section, a setting): {@link ChangeLog} writes it to the database's change log in the
 * transaction that publishes it, and every other node hears it within about a second
 * ({@link ChangedElsewhere}) and drops its copies. The log names the kind of change by
 * the event's simple class name, so a renamed event is a new kind.
 */
public interface SharedChange {

	/**
	 * What changed within its kind, as text: an article's id, a section's slug, a
	 * setting's name; empty when the kind says it all (the front page). At most 200
	 * characters.
	 */
	default String subject() {
		return "";
	}

}
