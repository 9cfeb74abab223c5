package org.kiosque.newsletter;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the edition mail template shows. Every URL is absolute: a mail has no base
 * address.
 *
 * @param unsubscribeUrl a placeholder replaced per subscriber
 * ({@link Letters#UNSUBSCRIBE_MARK})
 */
public record EditionPage(String siteName, String siteUrl, String heading, String dayline, List<Item> items,
		String unsubscribeUrl) {

	public record Item(String headline, @Nullable String standfirst, String url, @Nullable String imageUrl,
			@Nullable String imageAlt, @Nullable String section) {
	}
}
