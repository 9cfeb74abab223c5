package org.kiosque.article;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kiosque.article.SectionTagRepository.Kind;
import org.kiosque.site.CleanText;
import org.kiosque.site.FormProblems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tags as editors run them ({@code /newsroom/tags}): create, rename (the old address
 * answers 301), describe, merge one into another (its articles get the other, its
 * addresses answer 301 to the other's). Every change announces itself
 * ({@link TagChanged}).
 */
@Service
public class Tags {

	static final int MAX_NAME = 120;

	static final int MAX_DESCRIPTION = 2000;

	private final SectionTagRepository repository;

	private final ApplicationEventPublisher events;

	Tags(SectionTagRepository repository, ApplicationEventPublisher events) {
		this.repository = repository;
		this.events = events;
	}

	/** Tags shown on one page of the tags desk. */
	static final int PAGE_SIZE = 50;

	/**
	 * One page of the tags, by name, with how many articles carry each: those whose
	 * address holds what {@code search} gives as a slug ({@code États} finds
	 * {@code etats-unis}), every tag when it is blank. Pages start at 1.
	 */
	public Found find(String search, int page) {
		String part = search.isBlank() ? "" : Slugs.of(search);
		int safePage = Math.max(1, page);
		List<TagEntry> rows = repository.tags(part, (long) (safePage - 1) * PAGE_SIZE, PAGE_SIZE + 1);
		boolean more = rows.size() > PAGE_SIZE;
		return new Found(more ? rows.subList(0, PAGE_SIZE) : rows, safePage, more);
	}

	/**
	 * A page of tags.
	 *
	 * @param page its number, from 1
	 * @param hasNext whether another page follows
	 */
	public record Found(List<TagEntry> tags, int page, boolean hasNext) {
	}

	public Optional<TagEntry> find(long id) {
		return repository.tag(id);
	}

	/**
	 * A new tag, for the desk to use.
	 * @throws SectionTagRefused for a name empty, too long or without a letter, a
	 * description too long, or an address another tag has or had
	 */
	@Transactional
	public TagEntry create(String typedName, @Nullable String typedDescription) {
		String name = CleanText.line(typedName).strip();
		String description = SectionTagRules.description(typedDescription);
		String slug = slug(name, description, -1);
		long id = repository.insertTag(slug, name, description);
		events.publishEvent(new TagChanged(slug));
		return repository.tag(id).orElseThrow();
	}

	/** Renames and describes a tag; a new name's old address answers 301. */
	@Transactional
	public TagEntry edit(long id, String typedName, @Nullable String typedDescription) {
		TagEntry tag = repository.tag(id).orElseThrow();
		String name = CleanText.line(typedName).strip();
		String description = SectionTagRules.description(typedDescription);
		String slug = slug(name, description, id);
		repository.moveSlug(Kind.TAG, tag.slug(), slug, id);
		repository.updateTag(id, slug, name, description);
		events.publishEvent(new TagChanged(slug));
		return repository.tag(id).orElseThrow();
	}

	/**
	 * Merges tag {@code mergedId} into the tag {@code intoName} names (its name or its
	 * address, as typed): the articles of the one get the other, the merged tag goes, and
	 * its addresses answer 301 to the other's.
	 * @throws SectionTagRefused when no tag has that name, or it is the same tag
	 */
	@Transactional
	public TagEntry merge(long mergedId, String intoName) {
		TagEntry merged = repository.tag(mergedId).orElseThrow();
		String typed = CleanText.line(intoName).strip().replaceFirst("^/tag/", "");
		TagEntry into = typed.isEmpty() ? null : repository.tag(Slugs.of(typed)).orElse(null);
		if (into == null) {
			throw new SectionTagRefused(FormProblems.of("into", "tags.error.merge-unknown"), false);
		}
		if (into.id() == merged.id()) {
			throw new SectionTagRefused(FormProblems.of("into", "tags.error.merge-self"), false);
		}
		repository.mergeTag(merged, into);
		events.publishEvent(new TagChanged(into.slug()));
		return repository.tag(into.id()).orElseThrow();
	}

	private String slug(String name, @Nullable String description, long id) {
		return SectionTagRules.slug(repository, Kind.TAG, name, description, id, MAX_NAME, MAX_DESCRIPTION,
				"tags.error.taken");
	}

}
