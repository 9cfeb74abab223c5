package org.kiosque.wires;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The wires' settings: {@code kiosque.wires.*}, each described with its default in
 * {@code docs/wires.md} (and listed in {@code docs/settings.md}).
 *
 * @param sources sources declared as configuration ({@code kiosque.wires.sources[0].name}
 * ...), shown read-only in the newsroom
 * @param logDays days the ingest log keeps its lines
 * @param tick how often a node looks for sources that are due
 * @param lease how long a node's claim on a source lasts: a node that stops mid-poll
 * leaves the source to the others after this
 * @param timeout a feed's connect and response timeout
 * @param maxBytes the largest feed or file read; a larger one fails (the file goes to
 * {@code failed/})
 * @param settle a folder file is taken once it has not changed for this long (still being
 * written before)
 * @param maxBackoff the longest wait after failures in a row (the interval doubles with
 * each failure, up to this)
 * @param failingAfter failures in a row after which a source is reported failing (the
 * health's {@code wires} component DOWN)
 * @param pictureWait how long a folder source awaits a lead picture an item named but the
 * folder did not hold yet; a file arriving later is left in the folder, unused
 */
@ConfigurationProperties("kiosque.wires")
public record WireSettings(@DefaultValue List<Declared> sources, @DefaultValue("30") int logDays,
		@DefaultValue("15s") Duration tick, @DefaultValue("5m") Duration lease, @DefaultValue("20s") Duration timeout,
		@DefaultValue("10MB") DataSize maxBytes, @DefaultValue("2s") Duration settle,
		@DefaultValue("1h") Duration maxBackoff, @DefaultValue("3") int failingAfter,
		@DefaultValue("24h") Duration pictureWait) {

	public WireSettings {
		sources = List.copyOf(sources);
	}

	/**
	 * A source declared in settings.
	 *
	 * @param type {@code feed} or {@code folder}
	 * @param url the feed's address ({@code feed})
	 * @param path the folder ({@code folder})
	 * @param agency the agency code as printed ({@code AFP})
	 * @param section the slug of the section items are filed in, blank for none
	 * @param tags tags given to every item, separated by commas
	 * @param mode {@code draft} (items wait for an editor) or {@code publish}
	 * @param interval how often it is polled
	 */
	public record Declared(@Nullable String name, @DefaultValue("feed") String type, @Nullable String url,
			@Nullable String path, @DefaultValue("") String agency, @DefaultValue("") String section,
			@DefaultValue("") String tags, @DefaultValue("draft") String mode, @DefaultValue("5m") Duration interval) {
	}

}
