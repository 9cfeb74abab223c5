package org.kiosque.desk;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.FormProblems;

/**
 * The newsroom's schedule page as the template shows it.
 *
 * @param rows the next scheduled articles, soonest first
 * @param later how many more are scheduled after those shown
 * @param zone the site's time zone, in which every time is shown and typed
 * ({@code Europe/Paris})
 * @param notice what was just done, or {@code null}
 * @param problem what went wrong with the whole request (an article already published,
 * unknown...), or {@code null}
 * @param problemArticle the article whose form has {@code problems}, or {@code null}
 * @param problems the problems of that article's form
 */
public record ScheduleView(List<Row> rows, long later, String zone, @Nullable String notice, @Nullable String problem,
		@Nullable Long problemArticle, FormProblems.Shown problems) {

	/** The problems of the article's form, none for the others. */
	public FormProblems.Shown problemsOf(long articleId) {
		return problemArticle != null && problemArticle == articleId ? problems : FormProblems.Shown.none();
	}

	/**
	 * One scheduled article.
	 *
	 * @param id the article
	 * @param headline its headline
	 * @param section its section's name, or blank
	 * @param byline its byline, or blank
	 * @param when its time in French (or English),
	 * {@code samedi 24 janvier 2026 à 14 h 30}
	 * @param iso its time for {@code <time datetime>}
	 * @param publishAt its time in the form's field: ISO local date-time in the site's
	 * zone ({@code 2026-01-24T14:30}), or what the editor typed when it was refused
	 * @param due true when its time has come and the next check publishes it
	 */
	public record Row(long id, String headline, String section, String byline, String when, String iso,
			String publishAt, boolean due) {
	}

}
