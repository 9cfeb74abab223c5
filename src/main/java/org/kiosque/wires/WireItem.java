package org.kiosque.wires;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One agency item as a {@link WireFormat} read it, before it meets the desk. Every text
 * is plain and stripped (blank, never {@code null}) except {@link #body()}.
 *
 * @param provider who names the item: the NewsML-G2 {@code provider} qcode, ninjs
 * {@code copyrightholder}/the {@code uri}'s authority, the feed's own address, or
 * {@code dispatch} for the seed's text form; with {@code guid} it is the item's identity
 * @param guid the item's id within its provider (NewsML-G2 {@code guid}, ninjs
 * {@code uri}/{@code guid}, NITF {@code doc-id}, a feed entry's id or link, the dispatch
 * key for text files)
 * @param version the provider's version number, {@code 0} when the format gives none
 * (then {@code versionCreated} or a changed body tells a new version)
 * @param versionCreated when this version was made, {@code null} when not given
 * @param status usable, withheld or canceled
 * @param embargo the instant before which nothing of the item may be seen anywhere,
 * {@code null} when none
 * @param headline the headline
 * @param standfirst the standfirst (NewsML-G2/ninjs {@code description}/{@code headline}
 * role summary, NITF {@code hl2}/abstract), may be blank
 * @param body the story as CommonMark Markdown (paragraphs, subheads, lists, quotes,
 * links), never HTML
 * @param byline the name(s) of the byline, without the "Par"/"By" an agency may put
 * before them (the article page adds its own): may be blank
 * @param agency the agency code as printed between brackets ({@code AFP}, {@code APS}),
 * may be blank
 * @param subjects the item's keywords and subject names, in order, as tag names
 * @param editorsNote the editor's note ({@code edNote}), for the newsroom only, may be
 * blank
 * @param pictures the pictures the item refers to, the lead first
 * @param language the item's language as a BCP 47 tag ({@code fr}), {@code null} when not
 * given
 * @param firstCreated when the item was first made, {@code null} when not given
 */
public record WireItem(String provider, String guid, int version, @Nullable Instant versionCreated, WireStatus status,
		@Nullable Instant embargo, String headline, String standfirst, String body, String byline, String agency,
		List<String> subjects, String editorsNote, List<WirePicture> pictures, @Nullable String language,
		@Nullable Instant firstCreated) {

	public WireItem {
		provider = plain(provider);
		guid = plain(guid);
		headline = plain(headline);
		standfirst = plain(standfirst);
		body = body == null ? "" : body.strip();
		byline = names(plain(byline));
		agency = plain(agency);
		subjects = List.copyOf(subjects);
		editorsNote = plain(editorsNote);
		pictures = List.copyOf(pictures);
	}

	/**
	 * A leading "Par" or "By" (any case) and the space or colon after it: the page prints
	 * "Par " before the byline itself. Not "De": it begins names (De Sousa, De Gaulle)
	 * and credits the page would mangle ("De notre envoyé spécial…").
	 */
	private static final Pattern BY = Pattern.compile("^(?:par|by)(?:\\s*:|\\s)\\s*",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

	/**
	 * The byline's names alone: every format's byline comes through here, so "Par Karim
	 * Benali" (NITF, NewsML-G2, ninjs, feeds alike) is stored "Karim Benali" and the page
	 * does not print "Par Par".
	 */
	static String names(String byline) {
		return BY.matcher(byline).replaceFirst("").strip();
	}

	/** The item's identity across versions: provider and GUID. */
	public String identity() {
		return identity(provider, guid);
	}

	/** An item's identity across versions, as the ingest log names it. */
	static String identity(String provider, String guid) {
		return provider + " " + guid;
	}

	private static String plain(@Nullable String text) {
		return text == null ? "" : text.strip();
	}

}
