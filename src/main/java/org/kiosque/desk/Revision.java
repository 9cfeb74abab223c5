package org.kiosque.desk;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kiosque.article.ArticleStatus;

/**
 * One version of an article, kept for ever: the whole text as the editor's form held it
 * after the action, and the action's circumstances.
 *
 * @param number 1 for the first revision of the article, then one more each time
 * @param accountId who acted; {@code null} when no one did (an import)
 * @param status the article's status after the action
 * @param publishedAt its publication time after the action (to come when scheduled)
 * @param copy the text after the action, the address ({@code slug}) as it then was
 * @param changed the names of the fields that differ from the revision before
 * ({@link Copy#fields()} names), in the form's order
 * @param note what the person wrote about it: the reason of a return, for the author
 * @param agency the agency code when agency copy made the revision (the wires), its
 * author; {@code null} otherwise
 */
public record Revision(long articleId, int number, DeskAction action, @Nullable Long accountId, Instant madeAt,
		ArticleStatus status, @Nullable Instant publishedAt, Copy copy, List<String> changed, @Nullable String note,
		@Nullable String agency) {

	public Revision {
		changed = List.copyOf(changed);
	}

	/** A revision someone (or no one: an import) made, no agency. */
	Revision(long articleId, int number, DeskAction action, @Nullable Long accountId, Instant madeAt,
			ArticleStatus status, @Nullable Instant publishedAt, Copy copy, List<String> changed,
			@Nullable String note) {
		this(articleId, number, action, accountId, madeAt, status, publishedAt, copy, changed, note, null);
	}

}
