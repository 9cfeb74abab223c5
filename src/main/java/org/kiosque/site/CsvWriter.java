package org.kiosque.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;
import org.jspecify.annotations.Nullable;

/**
 * Writes CSV files that are safe to open in a spreadsheet: the one writer for every
 * export. Quoting is RFC 4180's (commas, CRLF line ends, a field with a comma, a quote or
 * a line break is quoted, quotes doubled), done by Apache Commons CSV. A text cell that a
 * spreadsheet would run as a formula gets a leading apostrophe ({@link #defused}).
 * <p>
 * Not thread-safe; one writer per file. Write failures of the underlying
 * {@link Appendable} are thrown as {@link UncheckedIOException}.
 */
public final class CsvWriter {

	private static final CSVFormat MINIMAL = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.MINIMAL).get();

	private static final CSVFormat QUOTED = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();

	/**
	 * Characters that make a spreadsheet read a cell as a formula when they come first.
	 */
	private static final String FORMULA_STARTS = "=+-@\t\r";

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

	private final Appendable out;

	private boolean newRecord = true;

	/**
	 * @param out where the CSV text goes, as it is written
	 */
	public CsvWriter(Appendable out) {
		this.out = out;
	}

	/**
	 * The cell as written to the file: a text starting with {@code = + - @}, a tab or a
	 * carriage return gets a leading apostrophe, as OWASP's "CSV Injection" advice says,
	 * unless it is a plain number ({@code -12}, {@code 3.5}), which no spreadsheet runs.
	 * @param cell the value, may be {@code null} (gives {@code ""})
	 */
	public static String defused(@Nullable String cell) {
		if (cell == null || cell.isEmpty()) {
			return "";
		}
		if (FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 && !NUMBER.matcher(cell).matches()) {
			return "'" + cell;
		}
		return cell;
	}

	/** Writes one line of cells, each quoted only when it must be. */
	public CsvWriter row(List<?> cells) {
		cells.forEach(this::cell);
		return end();
	}

	/**
	 * Adds a cell to the current line, quoted only when it must be.
	 * @param value text or any value printed by {@code toString()}; {@code null} is an
	 * empty cell
	 */
	public CsvWriter cell(@Nullable Object value) {
		return write(MINIMAL, value);
	}

	/**
	 * Adds a cell always in quotes, for a text column that a reader should see as text.
	 * {@code null} is an empty cell, without quotes.
	 */
	public CsvWriter quoted(@Nullable Object value) {
		return write(value == null ? MINIMAL : QUOTED, value);
	}

	/** Ends the current line with CRLF. */
	public CsvWriter end() {
		try {
			out.append(MINIMAL.getRecordSeparator());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		newRecord = true;
		return this;
	}

	private CsvWriter write(CSVFormat format, @Nullable Object value) {
		String text = value == null ? "" : defused(value.toString());
		try {
			format.print(text, out, newRecord);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		newRecord = false;
		return this;
	}

}
