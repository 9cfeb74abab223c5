package org.kiosque.article;

/**
 * What became of a request to move or cancel an article's schedule
 * ({@link PublicationSchedule#reschedule}, {@link PublicationSchedule#cancel}).
 */
public enum ScheduleChange {

	/** Done: moved to the new time, or back to draft. */
	DONE,

	/** No article has this id. */
	NO_SUCH_ARTICLE,

	/** The article is already public (its time came, or someone published it). */
	ALREADY_PUBLISHED,

	/** The article is not scheduled (a draft, in review, unpublished...). */
	NOT_SCHEDULED,

	/** The new time is not in the future: an article is never scheduled in the past. */
	TIME_PASSED,

	/**
	 * The new time is before the article's embargo ({@link Newsdesk#embargo}): it may not
	 * be public before then.
	 */
	EMBARGOED

}
