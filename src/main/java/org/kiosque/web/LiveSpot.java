package org.kiosque.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * A kept page cut around its live element: the bytes up to and including the element's
 * opening tag, and the bytes from the element's end on. The live text goes between them.
 *
 * @param head the page up to the live text
 * @param tail the page after it
 */
record LiveSpot(byte[] head, byte[] tail) {

	/** The page cut at {@code tag}, or null unless the tag appears exactly once and is closed. */
	static @Nullable LiveSpot cut(byte[] page, String tag) {
		byte[] open = tag.getBytes(StandardCharsets.UTF_8);
		int at = indexOf(page, open, 0);
		if (at < 0 || indexOf(page, open, at + 1) >= 0) {
			return null;
		}
		int textStart = at + open.length;
		int textEnd = textStart;
		while (textEnd < page.length && page[textEnd] != '<') {
			textEnd++;
		}
		if (textEnd == page.length) {
			return null;
		}
		return new LiveSpot(Arrays.copyOfRange(page, 0, textStart), Arrays.copyOfRange(page, textEnd, page.length));
	}

	private static int indexOf(byte[] page, byte[] part, int from) {
		outer: for (int i = from; i <= page.length - part.length; i++) {
			for (int j = 0; j < part.length; j++) {
				if (page[i + j] != part[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
