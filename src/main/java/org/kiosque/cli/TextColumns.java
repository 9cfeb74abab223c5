package org.kiosque.cli;

import java.util.List;

/**
 * Rows printed as columns in line, for a command's lists ({@code user list},
 * {@code token list}): each column as wide as its longest value (an address may be 254
 * characters, a day and time in French 38), one space apart, the last one unpadded.
 * Widths count characters (code points): the values are Latin text.
 */
final class TextColumns {

	private TextColumns() {
	}

	/**
	 * The lines of {@code rows}, a heading first then one row a value, every row as many
	 * values as the first.
	 */
	static List<String> lines(List<List<String>> rows) {
		int columns = rows.getFirst().size();
		int[] widths = new int[columns];
		for (List<String> row : rows) {
			for (int i = 0; i < columns - 1; i++) {
				widths[i] = Math.max(widths[i], width(row.get(i)));
			}
		}
		return rows.stream().map(row -> {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < columns - 1; i++) {
				line.append(row.get(i)).append(" ".repeat(widths[i] - width(row.get(i)) + 1));
			}
			return line.append(row.get(columns - 1)).toString();
		}).toList();
	}

	private static int width(String value) {
		return value.codePointCount(0, value.length());
	}

}
