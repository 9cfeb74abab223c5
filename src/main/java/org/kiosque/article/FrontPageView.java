package org.kiosque.article;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The front page as the template prints it ({@code article/home.jte}).
 *
 * @param lead the lead story, {@code null} when nothing is published
 * @param secondary the stories under the lead
 * @param blocks the sections' blocks, in the editors' order, empty ones left out
 * @param latest the latest stories not shown above
 * @param moreUrl the second page of the latest, at its keyset address
 * ({@code /?avant=…}), {@code null} when there is none
 */
public record FrontPageView(Listing.@Nullable Item lead, List<Listing.Item> secondary, List<Block> blocks,
		List<Listing.Item> latest, @Nullable String moreUrl) {

	/** A section's block: its name and address, and its stories. */
	public record Block(SectionRef section, List<Listing.Item> items) {
	}

	static FrontPageView of(FrontPage.Edition edition, TeaserItems teasers) {
		List<Listing.Item> top = teasers.of(edition.top());
		Keyset more = edition.more();
		return new FrontPageView(top.isEmpty() ? null : top.getFirst(),
				top.isEmpty() ? List.of() : top.subList(1, top.size()),
				edition.blocks().stream().map(b -> new Block(b.section(), teasers.of(b.stories()))).toList(),
				teasers.of(edition.latest()), more == null ? null : "/?" + Listing.OLDER_THAN + "=" + more.token());
	}

}
