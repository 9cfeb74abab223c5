package org.kiosque.wires;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One source of agency copy: a feed polled at an interval or a folder where files are
 * dropped.
 *
 * @param key its name in the polling state and the ingest log: {@code db:<id>} for a
 * source kept in the newsroom, {@code settings:<name>} for a declared one
 * @param id its row in {@code wire_source}, {@code null} for a declared one (read-only)
 * @param location the feed's {@code http(s)} address or the folder's path
 * @param agency the agency code as printed ({@code AFP}), may be blank
 * @param section the slug of the section items go to, blank for none
 * @param tags tags given to every item
 * @param publish whether items are published at once (else drafts for review)
 * @param interval how often it is polled
 * @param active whether it is polled at all
 */
public record WireSource(String key, @Nullable Long id, String name, Kind kind, String location, String agency,
		String section, List<String> tags, boolean publish, Duration interval, boolean active) {

	public WireSource {
		tags = List.copyOf(tags);
	}

	/** Whether it was declared in settings, so not to be changed in the newsroom. */
	public boolean declared() {
		return id == null;
	}

	/** The tags as typed: separated by commas. */
	public String tagLine() {
		return String.join(", ", tags);
	}

	/** Tags typed with commas, blank ones dropped. */
	static List<String> tags(String typed) {
		return Arrays.stream(typed.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
	}

	/** What a source is. */
	public enum Kind {

		/** An RSS or Atom feed over HTTP(S). */
		FEED,

		/** A folder on this node's disk (shared between nodes when there are several). */
		FOLDER;

		/** The form's and the settings' word: {@code feed}, {@code folder}. */
		public String word() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

		static @Nullable Kind of(@Nullable String word) {
			for (Kind kind : values()) {
				if (kind.word().equalsIgnoreCase(word == null ? "" : word.strip())) {
					return kind;
				}
			}
			return null;
		}

	}

}
