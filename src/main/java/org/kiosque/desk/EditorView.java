package org.kiosque.desk;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.FormProblems;

/**
 * What the editor page ({@code desk/editor.jte}) prints, every sentence already in the
 * site's language.
 *
 * @param articleId the article, {@code null} for a new one
 * @param formAction where the form posts
 * @param copy the text in the form
 * @param baseRevision the revision the form is made from, posted back
 * @param publishAt the {@code publishAt} field, ISO local date-time in the site's zone
 * @param note the {@code note} field, as typed
 * @param status the status's name ({@code DRAFT}...), blank for a new article
 * @param statusLabel the status, in words
 * @param publicPath the article's public address while it is published, else {@code null}
 * @param sections the section menu
 * @param buttons the actions this person may take now, in order
 * @param noteWanted whether a return is among them (the note field is shown)
 * @param length words and reading time, in words: {@code 320 mots · 2 min de lecture}
 * @param headline the headline's length, in words
 * @param headlineWarnings where it will be cut short, as sentences
 * @param returned the note of the editor who sent the draft back, with who and when
 * @param notice what was just done
 * @param problem what is wrong, above the form
 * @param problems what is wrong, field by field
 * @param theirs the newer version someone saved meanwhile (a conflict), or {@code null}
 * @param previewPath the newsroom's preview, or {@code null} for a new article
 * @param shareLink a preview link for someone without an account, or {@code null}
 * @param shareExpires when it stops working, in words
 * @param revisionsPath the revision list, or {@code null}
 * @param lastChange who changed it last and when, in words, or {@code null}
 * @param wordsPerMinute the reading speed, for the script that counts while typing
 * @param correctable whether the {@code correction} and {@code minor} fields are shown (a
 * published article the person may save)
 * @param correction the {@code correction} field, as typed
 * @param minor the {@code minor} box, as ticked
 * @param autosaveUrl where the script posts the form every few seconds; blank when the
 * person may not save the article (the form is read-only), and then the script keeps no
 * copy either
 * @param unsavedOffer the link that takes back the person's autosave of this article,
 * when it differs from the text in the form; else {@code null}
 * @param presenceUrl where the script posts its heartbeat, blank for a new article
 * @param heartbeatMillis how often it does, in milliseconds
 * @param alsoOpen "Aussi ouvert par : X", the others who have the article open, or
 * {@code null}
 * @param lead the lead picture part: the picture, its caption and credit, its focal point
 * @param embargo the article's embargo in words ("Sous embargo jusqu’au lundi 30 novembre
 * 2026 à 10 h 00", the site's zone), while it is in force; else {@code null}
 * @param embargoIso the embargo's instant, ISO-8601, for {@code <time>}; blank for none
 * @param editorsNote the editor's note (an agency's edNote), or {@code null}: for the
 * newsroom only
 */
public record EditorView(@Nullable Long articleId, String formAction, Copy copy, int baseRevision, String publishAt,
		String note, String status, String statusLabel, @Nullable String publicPath, List<Option> sections,
		List<Option> buttons, boolean noteWanted, String length, String headline, List<String> headlineWarnings,
		@Nullable String returned, @Nullable String notice, @Nullable String problem, FormProblems.Shown problems,
		@Nullable Theirs theirs, @Nullable String previewPath, @Nullable String shareLink,
		@Nullable String shareExpires, @Nullable String revisionsPath, @Nullable String lastChange, int wordsPerMinute,
		boolean correctable, String correction, boolean minor, String autosaveUrl, @Nullable String unsavedOffer,
		String presenceUrl, long heartbeatMillis, @Nullable String alsoOpen, LeadPicture lead, @Nullable String embargo,
		String embargoIso, @Nullable String editorsNote) {

	/** Whether the person may do anything here (else the form is shown read-only). */
	public boolean editable() {
		return !buttons.isEmpty();
	}

	/**
	 * A choice: a menu's option or a button.
	 *
	 * @param value what is posted
	 * @param label what is shown
	 * @param selected the option chosen
	 */
	public record Option(String value, String label, boolean selected) {
	}

	/**
	 * The other person's version, in a conflict.
	 *
	 * @param who who saved it, and when, in words
	 * @param clashes the passages that clash, each side's changes against the base
	 * @param name who saved it (blank when no one did: an import)
	 */
	public record Theirs(String who, Copy copy, CopyMerge.Conflict clashes, String name) {
	}

}
