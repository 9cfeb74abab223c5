package org.kiosque.search;

/**
 * Where an index stands in the change log: every row up to {@code seq} is in it.
 *
 * @param seq the row's number; 0 before the log's first row
 * @param row what that row holds ({@link org.kiosque.site.ChangeLog#fingerprint}), so
 * that an index is never taken as standing in another database's log (a database restored
 * or replaced under the same data directory, whose numbers mean other changes); empty for
 * 0
 */
record LogPosition(long seq, String row) {

	/** As recorded in the index's commit: {@code seq}, a space, {@code row}. */
	String text() {
		return seq + " " + row;
	}

	static LogPosition parse(String text) {
		int space = text.indexOf(' ');
		return space < 0 ? new LogPosition(Long.parseLong(text), "")
				: new LogPosition(Long.parseLong(text.substring(0, space)), text.substring(space + 1));
	}

}
