package org.kiosque.article;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.FormProblems;

/**
 * The front page's form ({@code article/front-desk.jte}), as chosen or as typed.
 *
 * @param pins one value per place, the lead first: an article id, or blank
 * @param blocks one row per possible block: a section id (or blank) and a size
 * @param stories the stories that may be pinned
 * @param sections the sections that may have a block
 * @param leads one row per section: the lead of its page
 */
public record FrontDeskView(List<String> pins, List<BlockRow> blocks, List<Story> stories, List<Choice> sections,
		List<LeadRow> leads, @Nullable String notice, FormProblems.Shown problems) {

	/**
	 * A section page's lead as chosen or typed.
	 *
	 * @param section the section's id
	 * @param name the section's name
	 * @param chosen the lead's article id, or blank for the newest
	 * @param stories the section's stories that may lead
	 */
	public record LeadRow(String section, String name, String chosen, List<Story> stories) {
	}

	/** A block's row as typed: section id and size, as text. */
	public record BlockRow(String section, String size) {
	}

	/** A story offered to pin: its id, headline and day. */
	public record Story(String id, String headline, String day) {
	}

	/** A section offered for a block. */
	public record Choice(String id, String name) {
	}

}
