package org.kiosque.newsletter;

import java.util.List;

/**
 * What {@code newsletter import} did. With any bad line, nothing is imported.
 *
 * @param badLines "line number: reason", in file order
 */
public record ImportReport(int imported, int skipped, List<String> badLines) {

	public boolean ok() {
		return badLines.isEmpty();
	}
}
