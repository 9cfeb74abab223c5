package org.kiosque.web;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The one rule for addresses that moved: a renamed article, section, tag or author keeps
 * answering at its old address with a {@code 301 Moved Permanently} to the new one (RFC
 * 9110, section 15.4.2), so that links and search engines follow. Thrown by a handler
 * that found {@code oldSlug} to be a former slug; {@link MovedAddresses} answers it with
 * the request's own path, that segment replaced, and its query kept
 * ({@code /section/monde/feed.xml} becomes {@code /section/international/feed.xml}).
 */
public final class AddressMoved extends RuntimeException {

	private final String oldSlug;

	private final String newSlug;

	/**
	 * @param oldSlug the path segment the request used
	 * @param newSlug the segment that replaces it
	 */
	public AddressMoved(String oldSlug, String newSlug) {
		super(null, null, false, false);
		this.oldSlug = oldSlug;
		this.newSlug = newSlug;
	}

	/**
	 * What to throw for a slug that names nothing now: a move to {@code current} when it
	 * was renamed, else a 404.
	 */
	public static RuntimeException orNotFound(String oldSlug, Optional<String> current) {
		return current.<RuntimeException>map(now -> new AddressMoved(oldSlug, now))
			.orElseGet(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * {@code path} with its last segment equal to the old slug replaced by the new one;
	 * {@code path} itself when no segment is. The last, because what precedes a slug is a
	 * fixed word that a slug may happen to equal (a section named "Section":
	 * {@code /section/section/feed.xml}), and what follows it never does.
	 */
	public String movedPath(String path) {
		String[] segments = path.split("/", -1);
		for (int i = segments.length - 1; i >= 0; i--) {
			if (segments[i].equals(oldSlug)) {
				segments[i] = newSlug;
				return String.join("/", segments);
			}
		}
		return path;
	}

}
