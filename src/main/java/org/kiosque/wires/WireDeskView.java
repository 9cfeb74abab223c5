package org.kiosque.wires;

import org.jspecify.annotations.Nullable;

/** What the newsroom's wires pages show: view records, never stored rows. */
public final class WireDeskView {

	private WireDeskView() {
	}

	/** One source as the page shows it. */
	public record SourceRow(WireSource source, WireSources.Form form, int failures, @Nullable String lastError,
			@Nullable String lastErrorAt, @Nullable String lastSuccessAt, @Nullable String nextPollAt, String logUrl) {
	}

	/** An item that waits for an editor. */
	public record FlagRow(String headline, @Nullable String articleUrl, String state, String flag, String editorsNote,
			String provider, String guid) {
	}

	/** One line of the ingest log as shown. */
	public record LogRow(String at, String iso, String source, String outcome, String outcomeLabel, String entry,
			String identity, @Nullable String articleUrl, String detail) {
	}

}
