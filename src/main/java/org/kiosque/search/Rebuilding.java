package org.kiosque.search;

/**
 * A whole rebuild of the index under way, as each of its commits records it: a rebuild
 * cut short (the node stopped or killed, the database gone for a while) goes on from
 * {@code after} at the next try instead of starting again from the first article.
 *
 * @param from the change log's position taken before the walk: once the walk is done the
 * log is read on from there, so that no change made meanwhile is missed
 * @param asked the log's newest row when the rebuild began: requests for a rebuild up to
 * it ({@link SearchRebuildAsked}) are met by this one
 * @param after the id of the last article indexed (the walk goes by id); 0 before the
 * first
 */
record Rebuilding(LogPosition from, long asked, long after) {

	/** The same rebuild, having indexed every article up to {@code id}. */
	Rebuilding through(long id) {
		return new Rebuilding(from, asked, id);
	}

	/**
	 * As recorded in the index's commit: {@code after}, {@code asked}, then {@code from}.
	 */
	String text() {
		return after + " " + asked + " " + from.text();
	}

	static Rebuilding parse(String text) {
		String[] parts = text.split(" ", 3);
		return new Rebuilding(LogPosition.parse(parts[2]), Long.parseLong(parts[1]), Long.parseLong(parts[0]));
	}

}
