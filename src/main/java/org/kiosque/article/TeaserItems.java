package org.kiosque.article;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.Labels;
import org.kiosque.site.NewspaperDates;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Teasers as printed ({@link Listing.Item}): the date in the site's language and zone,
 * and the comment count from whichever feature keeps comments ({@link CommentTally}),
 * asked once per list.
 */
@Component
public class TeaserItems {

	private final NewspaperDates dates;

	private final Labels labels;

	private final ObjectProvider<CommentTally> tally;

	TeaserItems(NewspaperDates dates, Labels labels, ObjectProvider<CommentTally> tally) {
		this.dates = dates;
		this.labels = labels;
		this.tally = tally;
	}

	/** The teasers, in their order, each with its date and comment count. */
	List<Listing.Item> of(List<ArticleTeaser> teasers) {
		Map<Long, Long> counts = counts(teasers.stream().map(ArticleTeaser::id).toList());
		return teasers.stream()
			.map(t -> new Listing.Item(t, dates.day(t.publishedAt()), dates.iso(t.publishedAt()),
					printed(counts.getOrDefault(t.id(), 0L), false)))
			.toList();
	}

	/**
	 * One article's comment count as printed on its page ({@code Aucun commentaire} too),
	 * or {@code null} when no feature keeps comments.
	 */
	@Nullable String ofArticle(long articleId) {
		CommentTally comments = tally.getIfAvailable();
		if (comments == null) {
			return null;
		}
		return printed(comments.counts(List.of(articleId)).getOrDefault(articleId, 0L), true);
	}

	private Map<Long, Long> counts(List<Long> ids) {
		CommentTally comments = tally.getIfAvailable();
		return comments == null || ids.isEmpty() ? Map.of() : comments.counts(ids);
	}

	/** In a list, no count rather than "no comment" on every line. */
	private @Nullable String printed(long count, boolean evenNone) {
		return count == 0 && !evenNone ? null : labels.count("teaser.comments", count);
	}

}
