package org.kiosque.reading;

import java.util.List;

/**
 * The most-read table as CSV (RFC 4180): comma separated, CRLF line ends, fields quoted
 * when they hold a comma, a quote or a line break, quotes doubled. A field that a
 * spreadsheet would take for a formula ({@code = + - @}, tab, carriage return first) gets
 * a leading apostrophe, so an exported headline cannot run as one.
 */
final class ReadingStatisticsCsv {

	private final StringBuilder out = new StringBuilder();

	ReadingStatisticsCsv row(List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			out.append(field(fields.get(i)));
		}
		out.append("\r\n");
		return this;
	}

	static String field(String value) {
		String v = value;
		if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !isNumber(v)) {
			v = "'" + v;
		}
		if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
			return '"' + v.replace("\"", "\"\"") + '"';
		}
		return v;
	}

	private static boolean isNumber(String v) {
		return v.matches("-?\\d+");
	}

	@Override
	public String toString() {
		return out.toString();
	}

}
