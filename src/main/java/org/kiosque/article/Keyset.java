package org.kiosque.article;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A place in a list ordered by a time then an id, newest first (keyset paging): the
 * public listings and the content API order by publication time, the newsroom's list by
 * change time. A page after a keyset is read by seeking to it in an index, so a deep page
 * costs what the first does, and an article published meanwhile neither shifts what
 * follows nor is shown twice.
 * <p>
 * In an address it is a token, {@code <microseconds since 1970 UTC>-<id>}, e.g.
 * {@code 1764497700123456-4211}: the databases keep times to the microsecond, so the
 * token names one row exactly.
 *
 * @param at the row's time (publication or change), to the microsecond
 * @param id the row's id, which breaks ties between rows of the same time
 */
public record Keyset(Instant at, long id) {

	private static final Pattern TOKEN = Pattern.compile("(-?\\d{1,17})-(\\d{1,18})");

	public Keyset {
		at = at.truncatedTo(ChronoUnit.MICROS);
	}

	/** The keyset of a teaser, by its publication time. */
	public static Keyset of(ArticleTeaser teaser) {
		Instant published = teaser.publishedAt();
		if (published == null) {
			throw new IllegalArgumentException("A listed article without a publication time: " + teaser.id());
		}
		return new Keyset(published, teaser.id());
	}

	/** The keyset as an address carries it. */
	public String token() {
		long micros = ChronoUnit.MICROS.between(Instant.EPOCH, at);
		return micros + "-" + id;
	}

	/**
	 * The keyset a token names; empty for anything else (blank, malformed, out of range):
	 * the caller answers it as a page that does not exist.
	 */
	public static Optional<Keyset> parse(@Nullable String token) {
		if (token == null) {
			return Optional.empty();
		}
		var m = TOKEN.matcher(token.strip());
		if (!m.matches()) {
			return Optional.empty();
		}
		try {
			long micros = Long.parseLong(m.group(1));
			long id = Long.parseLong(m.group(2));
			Instant at = Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
			return id < 1 ? Optional.empty() : Optional.of(new Keyset(at, id));
		}
		catch (ArithmeticException | NumberFormatException | java.time.DateTimeException e) {
			return Optional.empty();
		}
	}

}
