package org.kiosque.reading;

import org.jspecify.annotations.Nullable;

/**
 * The articles a reader was counted for within the repeat window, as the reader's own
 * cookie holds them: {@code id.time} pairs in base 36 (article id, second of the count),
 * newest last, joined by {@code _}. Kept by the browser rather than the server, so a node
 * remembers nothing per reader, and a reader whose requests land on different nodes is
 * still one reader. Nothing in it is trusted beyond its owner: a reader who edits or
 * drops the cookie can only make their own reads count again, which dropping it always
 * allowed.
 *
 * @param cookie what the reader sent, or null
 */
record RecentReads(@Nullable String cookie) {

	private static final char PAIR = '_';

	private static final char PART = '.';

	/**
	 * True if the reader was counted for the article after {@code since} (epoch seconds).
	 */
	boolean includes(long articleId, long since) {
		if (cookie == null) {
			return false;
		}
		String id = Long.toString(articleId, 36);
		int at = 0;
		while (at < cookie.length()) {
			int end = next(at);
			int dot = cookie.indexOf(PART, at);
			if (dot > at && dot < end && cookie.regionMatches(at, id, 0, id.length()) && dot - at == id.length()
					&& time(dot + 1, end) > since) {
				return true;
			}
			at = end + 1;
		}
		return false;
	}

	/**
	 * The cookie's next value: the pairs still within the window, the article counted now
	 * added last, at most {@code limit} pairs (the oldest go first).
	 */
	String with(long articleId, long now, long since, int limit) {
		String added = Long.toString(articleId, 36) + PART + Long.toString(now, 36);
		if (cookie == null || cookie.isEmpty()) {
			return added;
		}
		StringBuilder kept = new StringBuilder(cookie.length() + added.length() + 1);
		int pairs = 0;
		int at = 0;
		while (at < cookie.length()) {
			int end = next(at);
			int dot = cookie.indexOf(PART, at);
			if (dot > at && dot < end && time(dot + 1, end) > since && valid(at, dot)) {
				kept.append(cookie, at, end).append(PAIR);
				pairs++;
			}
			at = end + 1;
		}
		kept.append(added);
		while (pairs >= limit) {
			kept.delete(0, kept.indexOf(String.valueOf(PAIR)) + 1);
			pairs--;
		}
		return kept.toString();
	}

	private int next(int from) {
		int end = cookie.indexOf(PAIR, from);
		return end < 0 ? cookie.length() : end;
	}

	/**
	 * The pair's time, or -1 when it is not a base-36 number (a damaged cookie counts for
	 * nothing).
	 */
	private long time(int from, int to) {
		if (to - from < 1 || to - from > 12 || !valid(from, to)) {
			return -1;
		}
		return Long.parseLong(cookie, from, to, 36);
	}

	private boolean valid(int from, int to) {
		for (int i = from; i < to; i++) {
			char c = cookie.charAt(i);
			if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'z')) {
				return false;
			}
		}
		return to > from;
	}
}
