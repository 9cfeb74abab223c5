package org.kiosque.reading;

import java.util.List;

import org.kiosque.site.CsvWriter;

/**
 * The most-read table as CSV, written by the site's one {@link CsvWriter}: RFC 4180
 * quoting, and a headline that a spreadsheet would take for a formula defused.
 */
final class ReadingStatisticsCsv {

	private final StringBuilder out = new StringBuilder();

	private final CsvWriter csv = new CsvWriter(out);

	ReadingStatisticsCsv row(List<String> fields) {
		csv.row(fields);
		return this;
	}

	@Override
	public String toString() {
		return out.toString();
	}

}
