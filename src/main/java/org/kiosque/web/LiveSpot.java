package org.kiosque.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import org.jspecify.annotations.Nullable;

/**
 * A kept page cut around its live element, plain and gzipped: the page up to and
 * including the element's opening tag, and from the element's end on. The live text goes
 * between.
 * <p>
 * Browsers ask for gzip, and compressing the whole page again for every copy served would
 * cost more than serving it. So both halves are compressed once, as raw deflate blocks
 * that end on a byte boundary (the first with a sync flush, the second finished), and
 * each answer is a gzip stream put together from them: the first half, the live text as a
 * stored (uncompressed) block, the second half, then the CRC-32 and length of the whole
 * (RFC 1951 section 3.2.4, RFC 1952).
 *
 * @param head the page up to the live text
 * @param tail the page after it (empty when the page has no live element)
 * @param deflatedHead {@code head} as deflate blocks, not final
 * @param deflatedTail {@code tail} as deflate blocks, the last one final
 */
record LiveSpot(byte[] head, byte[] tail, byte[] deflatedHead, byte[] deflatedTail) {

	private static final byte[] GZIP_HEADER = { 0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, (byte) 0xff };

	private static final int STORED_BLOCK_HEADER = 5;

	private static final int GZIP_TRAILER = 8;

	/** A page with no live element: one half holds it all. */
	static LiveSpot whole(byte[] page) {
		return of(page, new byte[0]);
	}

	/**
	 * The page cut at {@code tag}, or null unless the tag appears exactly once and is
	 * closed.
	 */
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
		return of(Arrays.copyOfRange(page, 0, textStart), Arrays.copyOfRange(page, textEnd, page.length));
	}

	private static LiveSpot of(byte[] head, byte[] tail) {
		return new LiveSpot(head, tail, deflate(head, false), deflate(tail, true));
	}

	int length(byte[] live) {
		return head.length + live.length + tail.length;
	}

	int gzipLength(byte[] live) {
		return GZIP_HEADER.length + deflatedHead.length + storedLength(live) + deflatedTail.length + GZIP_TRAILER;
	}

	void write(byte[] live, OutputStream out) throws IOException {
		writeAll(out, head, live, tail);
	}

	void writeGzip(byte[] live, OutputStream out) throws IOException {
		CRC32 crc = new CRC32();
		crc.update(head);
		crc.update(live);
		crc.update(tail);
		int size = length(live);
		byte[] trailer = { (byte) crc.getValue(), (byte) (crc.getValue() >>> 8), (byte) (crc.getValue() >>> 16),
				(byte) (crc.getValue() >>> 24), (byte) size, (byte) (size >>> 8), (byte) (size >>> 16),
				(byte) (size >>> 24) };
		writeAll(out, GZIP_HEADER, deflatedHead, stored(live), deflatedTail, trailer);
	}

	/**
	 * Tomcat closes a response once Content-Length bytes are out: nothing more, not even
	 * 0 bytes.
	 */
	private static void writeAll(OutputStream out, byte[]... parts) throws IOException {
		for (byte[] part : parts) {
			if (part.length > 0) {
				out.write(part);
			}
		}
	}

	private static int storedLength(byte[] live) {
		return live.length == 0 ? 0 : STORED_BLOCK_HEADER + live.length;
	}

	/**
	 * The live text as one stored block: BFINAL 0, BTYPE 00, then LEN and its complement.
	 */
	private static byte[] stored(byte[] live) {
		if (live.length == 0) {
			return live;
		}
		if (live.length > 0xffff) {
			throw new IllegalArgumentException("A live text is a few characters, not " + live.length + " bytes");
		}
		byte[] block = new byte[STORED_BLOCK_HEADER + live.length];
		block[0] = 0;
		block[1] = (byte) live.length;
		block[2] = (byte) (live.length >>> 8);
		block[3] = (byte) ~live.length;
		block[4] = (byte) (~live.length >>> 8);
		System.arraycopy(live, 0, block, STORED_BLOCK_HEADER, live.length);
		return block;
	}

	/**
	 * Raw deflate blocks: the last part ends the stream; another ends on a byte boundary,
	 * not final.
	 */
	private static byte[] deflate(byte[] data, boolean last) {
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
		try {
			deflater.setInput(data);
			ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 3 + 64);
			byte[] buffer = new byte[8192];
			if (!last) {
				int n;
				do {
					n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
					out.write(buffer, 0, n);
				}
				while (n == buffer.length);
			}
			else {
				deflater.finish();
				while (!deflater.finished()) {
					out.write(buffer, 0, deflater.deflate(buffer));
				}
			}
			return out.toByteArray();
		}
		finally {
			deflater.end();
		}
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
