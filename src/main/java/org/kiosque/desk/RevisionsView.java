package org.kiosque.desk;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the revision list ({@code desk/revisions.jte}) prints.
 *
 * @param articleId the article
 * @param headline its headline now
 * @param editorPath its editor
 * @param rows its revisions, newest first
 * @param mayRestore whether this person may restore one
 * @param previous the page before, or {@code null}
 * @param next the page after, or {@code null}
 */
public record RevisionsView(long articleId, String headline, String editorPath, List<Row> rows, boolean mayRestore,
		@Nullable String previous, @Nullable String next) {

	/**
	 * One revision.
	 *
	 * @param action what was done, in words
	 * @param who who did it, or a dash
	 * @param when when, in words
	 * @param whenIso when, machine-readable
	 * @param status the status it left the article in, in words
	 * @param changed the fields it changed, in words, or a dash
	 * @param note the note written with it, or {@code null}
	 * @param compareBefore the comparison with the revision before it, or {@code null}
	 * @param compareLatest the comparison with the latest revision, or {@code null} for
	 * the latest itself
	 * @param restorePath where restoring it posts, or {@code null} for the latest
	 */
	public record Row(int number, String action, String who, String when, String whenIso, String status, String changed,
			@Nullable String note, @Nullable String compareBefore, @Nullable String compareLatest,
			@Nullable String restorePath) {
	}

}
