package org.kiosque.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.kiosque.article.FrontPageRepository.BlockChoice;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front page as the editors make it: a lead story and {@value #SECONDARY} secondary
 * stories (pinned in the editors' order, the newest filling the places left), then blocks
 * per section (which sections, in which order, how many stories each), then the latest.
 * No story shows twice: each part leaves out what the parts above it show. A pinned story
 * no longer published drops out and the next one moves up.
 * <p>
 * Each section's page leads with the story editors chose for it ({@link #sectionLead}),
 * else its newest.
 * <p>
 * The choice lives in the database, so every node makes the same page; nothing of it is
 * kept in memory beyond the page copies ({@code kiosque.cache.rendered.ttl}), which a
 * change drops at once on this node ({@link FrontPageChanged}).
 */
@Service
class FrontPage {

	/** Secondary stories under the lead. */
	static final int SECONDARY = 4;

	/** Stories pinned at most: the lead and the secondary ones. */
	static final int PINNED = 1 + SECONDARY;

	/** Blocks per section at most. */
	static final int MAX_BLOCKS = 8;

	/** Stories in one block at most. */
	static final int MAX_BLOCK_SIZE = 12;

	/** Stories in the latest, at the foot of the page. */
	static final int LATEST = ArticlePages.PAGE_SIZE;

	private final FrontPageRepository repository;

	private final ArticleCatalog catalog;

	private final ApplicationEventPublisher events;

	FrontPage(FrontPageRepository repository, ArticleCatalog catalog, ApplicationEventPublisher events) {
		this.repository = repository;
		this.catalog = catalog;
		this.events = events;
	}

	/** The page as readers get it now. */
	Edition make() {
		Set<Long> shown = new HashSet<>();
		List<ArticleTeaser> top = new ArrayList<>(catalog.teasers(repository.pins()));
		if (top.size() > PINNED) {
			top = top.subList(0, PINNED);
		}
		top.forEach(t -> shown.add(t.id()));
		top.addAll(newest(null, PINNED - top.size(), shown));
		List<Block> blocks = new ArrayList<>();
		for (FrontPageBlock block : repository.blocks()) {
			List<ArticleTeaser> stories = newest(block.section().slug(), block.size(), shown);
			if (!stories.isEmpty()) {
				blocks.add(new Block(block.section(), stories));
			}
		}
		List<ArticleTeaser> latest = newest(null, LATEST, shown);
		// Where the plain latest's first page ends: the second page is the one older
		// than it, linked at its keyset address (what /?page=2 moves to).
		Keyset more = catalog.latest(Selection.ALL, 1, ArticlePages.PAGE_SIZE).nextKeyset();
		return new Edition(top, blocks, latest, more);
	}

	/** The pinned stories' ids, lead first, published or not: the editors' form. */
	List<Long> pinned() {
		return repository.pins();
	}

	/** The blocks as chosen: the editors' form. */
	List<FrontPageBlock> blocks() {
		return repository.blocks();
	}

	/**
	 * Replaces the editors' choice, checked beforehand ({@link FrontDesk}), and drops the
	 * page copies once committed.
	 */
	@Transactional
	void choose(List<Long> pins, List<BlockChoice> blocks) {
		repository.replace(pins, blocks);
		events.publishEvent(new FrontPageChanged());
	}

	/**
	 * The lead story editors chose for {@code section}'s page, when it is still published
	 * and still in that section; empty for the default (the newest).
	 */
	Optional<ArticleTeaser> sectionLead(SectionEntry section) {
		return repository.sectionLead(section.id())
			.flatMap(id -> catalog.teasers(List.of(id)).stream().findFirst())
			.filter(t -> t.section() != null && t.section().id() == section.id());
	}

	/** The section pages' chosen leads, article id by section id: the editors' form. */
	Map<Long, Long> sectionLeads() {
		return repository.sectionLeads();
	}

	/**
	 * Replaces the section pages' chosen leads, checked beforehand ({@link FrontDesk}),
	 * and drops the page copies once committed.
	 */
	@Transactional
	void chooseSectionLeads(Map<Long, Long> leads) {
		repository.replaceSectionLeads(leads);
		events.publishEvent(new FrontPageChanged());
	}

	/** Up to {@code count} of the newest stories (of one section) not shown yet. */
	private List<ArticleTeaser> newest(@Nullable String section, int count, Set<Long> shown) {
		if (count <= 0) {
			return List.of();
		}
		List<ArticleTeaser> found = new ArrayList<>();
		for (ArticleTeaser t : catalog.latest(section, null, 1, count + shown.size()).items()) {
			if (found.size() < count && shown.add(t.id())) {
				found.add(t);
			}
		}
		return found;
	}

	/**
	 * The front page's stories.
	 *
	 * @param top the lead story first, then the secondary ones
	 * @param more where the first page of the plain latest ends, {@code null} when
	 * nothing is older (no second page)
	 */
	record Edition(List<ArticleTeaser> top, List<Block> blocks, List<ArticleTeaser> latest, @Nullable Keyset more) {
	}

	/** A section's block as printed. */
	record Block(SectionRef section, List<ArticleTeaser> stories) {
	}

}
