package org.kiosque.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The addresses of a site the newspaper moved from, each answering
 * {@code 301 Moved Permanently} (RFC 9110, section 15.4.2) to its Kiosque address:
 * WordPress permalinks ({@code /2019/05/12/slug/}, {@code /slug/}), {@code /?p=123},
 * category and tag archives, attachment pages, Ghost's {@code /slug/} and
 * {@code /tag/slug/}.
 * <p>
 * Asked only where no handler serves the address: the error page of a 404
 * ({@link ErrorPages}), and a request for the home page with a query ({@code /?p=123},
 * which the front page would otherwise serve, see {@link FormerAddressFilter}). A served
 * page never reads the table.
 * <p>
 * An address is matched percent-decoded, without its trailing slash, and with its query
 * as sent ({@code /?p=123} and {@code /?p=123&foo=1} differ): see {@link #key}.
 */
@Service
public class FormerAddresses {

	private final JdbcClient jdbc;

	private final Clock clock;

	FormerAddresses(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.clock = Clock.systemUTC();
	}

	/**
	 * Makes {@code oldAddress} answer 301 to {@code newPath}, replacing what it answered
	 * before. Joins the caller's transaction.
	 * @param oldAddress a path with its query, as the old site wrote it
	 * ({@code /2019/05/12/été/}, {@code /?p=123}, {@code https://old.example/slug/}: the
	 * scheme and host are dropped)
	 * @param newPath a path of this site ({@code /article/slug})
	 * @return false when nothing changed (already so), or when the old address is this
	 * site's root or the new path itself, which would loop ({@code /tag/x/} to
	 * {@code /tag/x} is kept: the trailing slash is what differs)
	 */
	@Transactional
	public boolean remember(String oldAddress, String newPath) {
		String key = key(oldAddress);
		if (key.equals("/") || normal(oldAddress, true).equals(normal(newPath, true))) {
			return false;
		}
		Optional<String> before = newPath(key);
		if (before.isPresent() && before.get().equals(newPath)) {
			return false;
		}
		if (before.isPresent()) {
			jdbc.sql("UPDATE former_address SET new_path = :to WHERE old_address = :from")
				.param("to", newPath)
				.param("from", key)
				.update();
		}
		else {
			jdbc.sql("INSERT INTO former_address (old_address, new_path, created_at) VALUES (:from, :to, :at)")
				.param("from", key)
				.param("to", newPath)
				.param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
				.update();
		}
		return true;
	}

	/** Whether {@code oldAddress} (any form {@link #remember} takes) answers already. */
	public boolean known(String oldAddress) {
		return newPath(key(oldAddress)).isPresent();
	}

	/**
	 * Where a request that no handler serves has moved, if it has.
	 * @param path the request's path as sent (percent-encoded)
	 * @param query its query, or {@code null}
	 */
	public Optional<String> moved(String path, @Nullable String query) {
		String address = query == null || query.isEmpty() ? path : path + "?" + query;
		// Never to itself: an address that is its own new path and answers 404 stays 404.
		return newPath(key(address)).filter(moved -> !normal(moved, true).equals(normal(address, true)));
	}

	private Optional<String> newPath(String key) {
		if (key.length() > 1000) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT new_path FROM former_address WHERE old_address = :key")
			.param("key", key)
			.query(String.class)
			.optional();
	}

	/**
	 * The form an address is stored and matched in: scheme and host dropped, the path
	 * percent-decoded (UTF-8; WordPress writes {@code %c3%a9} for an {@code é} of a slug
	 * in lower case, browsers in upper case), without its trailing slash (the root stays
	 * {@code /}), then {@code ?} and the query as it is.
	 */
	public static String key(String address) {
		return normal(address, false);
	}

	private static String normal(String address, boolean keepTrailingSlash) {
		String rest = address.strip();
		int scheme = rest.indexOf("://");
		if (scheme > 0 && scheme < 10) {
			int slash = rest.indexOf('/', scheme + 3);
			int question = rest.indexOf('?', scheme + 3);
			int start = slash < 0 ? question : (question < 0 ? slash : Math.min(slash, question));
			rest = start < 0 ? "/" : rest.substring(start);
		}
		int hash = rest.indexOf('#');
		if (hash >= 0) {
			rest = rest.substring(0, hash);
		}
		String path = rest;
		String query = null;
		int question = rest.indexOf('?');
		if (question >= 0) {
			path = rest.substring(0, question);
			query = rest.substring(question + 1);
		}
		path = decoded(path);
		if (!path.startsWith("/")) {
			path = "/" + path;
		}
		while (!keepTrailingSlash && path.length() > 1 && path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		return query == null || query.isEmpty() ? path : path + "?" + query;
	}

	private static String decoded(String path) {
		if (path.indexOf('%') < 0) {
			return path;
		}
		try {
			// '+' is a plus in a path (only a query writes a space as '+').
			return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException badEscape) {
			return path;
		}
	}

}
