package org.kiosque.article;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An article waiting for its publication time, as the newsroom's schedule lists it.
 *
 * @param id the article
 * @param headline its headline
 * @param sectionName its section's name, {@code null} when it has none
 * @param byline its byline, {@code null} when it has none
 * @param scheduledFor when it goes public
 */
public record ScheduledArticle(long id, String headline, @Nullable String sectionName, @Nullable String byline,
		Instant scheduledFor) {

	/**
	 * True when its time has passed and the next check (at most
	 * {@code kiosque.schedule.publish-check} away) is about to publish it.
	 */
	public boolean due(Instant now) {
		return !scheduledFor.isAfter(now);
	}

}
