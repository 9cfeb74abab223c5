package org.kiosque.article;

import java.util.ArrayList;
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
 * Sections as editors run them ({@code /newsroom/sections}): create, rename (the old
 * address answers 301, see {@link org.kiosque.web.AddressMoved}), describe, hide from the
 * navigation, reorder it. Every change announces itself ({@link SectionChanged}), so that
 * page copies and cached articles go once it is committed.
 */
@Service
public class Sections {

	/** The longest name, in characters (the column holds 120). */
	static final int MAX_NAME = 120;

	/** The longest description, in characters. */
	static final int MAX_DESCRIPTION = 2000;

	private final SectionTagRepository repository;

	private final ApplicationEventPublisher events;

	Sections(SectionTagRepository repository, ApplicationEventPublisher events) {
		this.repository = repository;
		this.events = events;
	}

	/** Every section in the navigation's order, hidden ones included. */
	public List<SectionEntry> all() {
		return repository.sections();
	}

	public Optional<SectionEntry> find(long id) {
		return repository.section(id);
	}

	/**
	 * The slugs the section had before the editors renamed it, which still answer 301 to
	 * its address (not the one it has now); none for a section never renamed.
	 */
	public List<String> formerSlugs(long id) {
		return repository.formerSlugs(Kind.SECTION, id);
	}

	/**
	 * A new section, last in the navigation.
	 * @throws SectionTagRefused for a name empty, too long or without a letter, a
	 * description too long, or an address another section has or had
	 */
	@Transactional
	public SectionEntry create(String typedName, @Nullable String typedDescription) {
		String name = CleanText.line(typedName).strip();
		String description = SectionTagRules.description(typedDescription);
		String slug = slug(name, description, -1);
		long id = repository.insertSection(slug, name, description);
		events.publishEvent(new SectionChanged(slug));
		return repository.section(id).orElseThrow();
	}

	/**
	 * Renames and describes a section. A new name gives a new address; the old one
	 * answers 301 to it from then on.
	 * @throws SectionTagRefused as {@link #create}; {@code 404} handled by the caller
	 * when there is no such section
	 */
	@Transactional
	public SectionEntry edit(long id, String typedName, @Nullable String typedDescription) {
		SectionEntry section = repository.section(id).orElseThrow();
		String name = CleanText.line(typedName).strip();
		String description = SectionTagRules.description(typedDescription);
		String slug = slug(name, description, id);
		repository.moveSlug(Kind.SECTION, section.slug(), slug, id);
		repository.updateSection(id, slug, name, description);
		events.publishEvent(new SectionChanged(slug));
		return repository.section(id).orElseThrow();
	}

	/**
	 * Takes a section out of the navigation or puts it back. A hidden section's page and
	 * articles stay where they are.
	 */
	@Transactional
	public void hide(long id, boolean hidden) {
		SectionEntry section = repository.section(id).orElseThrow();
		repository.hideSection(id, hidden);
		events.publishEvent(new SectionChanged(section.slug()));
	}

	/**
	 * Moves a section one place up ({@code -1}) or down ({@code 1}) in the navigation;
	 * the sections are numbered anew from 1, so that ties left by older data go.
	 */
	@Transactional
	public void move(long id, int by) {
		List<SectionEntry> order = new ArrayList<>(repository.sections());
		int from = -1;
		for (int i = 0; i < order.size(); i++) {
			if (order.get(i).id() == id) {
				from = i;
			}
		}
		if (from < 0) {
			throw new java.util.NoSuchElementException("No section " + id);
		}
		int to = Math.clamp(from + Integer.signum(by), 0, order.size() - 1);
		order.add(to, order.remove(from));
		for (int i = 0; i < order.size(); i++) {
			if (order.get(i).position() != i + 1) {
				repository.placeSection(order.get(i).id(), i + 1);
			}
		}
		events.publishEvent(new SectionChanged(order.get(to).slug()));
	}

	/** The slug {@code name} gives, checked; {@code id} is the section's own, or -1. */

	private String slug(String name, @Nullable String description, long id) {
		return SectionTagRules.slug(repository, Kind.SECTION, name, description, id, MAX_NAME, MAX_DESCRIPTION,
				"sections.error.taken");
	}

}
