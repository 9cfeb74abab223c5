package org.kiosque.movein.ghost;

/**
 * The file given to {@code import-ghost} is no Ghost export that can be read. Nothing was
 * imported.
 */
public final class GhostExportRefused extends Exception {

	/**
	 * Why, each with its French and English sentence ({@code movein.ghost.refused.*}).
	 */
	public enum Reason {

		/** The file cannot be opened or read. */
		UNREADABLE("movein.ghost.refused.unreadable"),
		/** Not JSON at all. */
		NOT_JSON("movein.ghost.refused.not-json"),
		/** JSON, but without Ghost's {@code db[0].data.posts}. */
		NOT_GHOST("movein.ghost.refused.not-ghost");

		private final String key;

		Reason(String key) {
			this.key = key;
		}

		/** The label's key; its one argument is {@link GhostExportRefused#detail()}. */
		public String key() {
			return key;
		}

	}

	private final Reason reason;

	private final String detail;

	GhostExportRefused(Reason reason, String detail) {
		super(reason + ": " + detail);
		this.reason = reason;
		this.detail = detail;
	}

	public Reason reason() {
		return reason;
	}

	/** What the parser or the system said, or the part of the file that is missing. */
	public String detail() {
		return detail;
	}

}
