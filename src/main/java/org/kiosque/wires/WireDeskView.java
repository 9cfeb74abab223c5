package org.kiosque.wires;

import org.jspecify.annotations.Nullable;
import org.kiosque.desk.CopyDiff;

/** What the newsroom's wires pages show: view records, never stored rows. */
public final class WireDeskView {

	private WireDeskView() {
	}

	/** One source as the page shows it. */
	public record SourceRow(WireSource source, WireSources.Form form, int failures, @Nullable String lastError,
			@Nullable String lastErrorAt, @Nullable String lastSuccessAt, @Nullable String nextPollAt, String logUrl) {
	}

	/**
	 * An item that waits for an editor.
	 *
	 * @param versionUrl the page of the agency's clashing version, to read and decide on;
	 * {@code null} when none is kept (a withdrawal)
	 */
	public record FlagRow(String headline, @Nullable String articleUrl, String state, String flag, String editorsNote,
			String provider, String guid, @Nullable String versionUrl) {
	}

	/**
	 * A lead picture awaited in a folder: it becomes the article's lead when it arrives
	 * in time, unless the newsroom changes the lead meanwhile.
	 *
	 * @param fileName the file's name in the folder
	 * @param source the source's name
	 * @param identity the item's provider and GUID
	 * @param articleUrl the article's editor
	 * @param until when the wait ends, in words
	 */
	public record AwaitedRow(String fileName, String source, String identity, String articleUrl, String until) {
	}

	/**
	 * An item's page: the agency's clashing version, if one waits.
	 *
	 * @param title the page's heading
	 * @param flag why the item waits, blank when it no longer does
	 * @param articleUrl the article's editor, {@code null} once the article is deleted
	 * @param waiting the version waiting for a decision, {@code null} when none does
	 */
	public record VersionView(String title, String provider, String guid, String flag, String editorsNote,
			@Nullable String articleUrl, @Nullable Waiting waiting) {
	}

	/**
	 * An agency's version waiting for a decision.
	 *
	 * @param version its number, which the decision names
	 * @param agency the agency's name
	 * @param receivedAt when it clashed, as the site prints dates
	 * @param revision the article's revision it is compared with, which "take" names
	 * @param diff from the article's current text to the text with the version taken
	 */
	public record Waiting(int version, String agency, String receivedAt, int revision, CopyDiff diff) {
	}

	/** One line of the ingest log as shown. */
	public record LogRow(String at, String iso, String source, String outcome, String outcomeLabel, String entry,
			String identity, @Nullable String articleUrl, String detail) {
	}

}
