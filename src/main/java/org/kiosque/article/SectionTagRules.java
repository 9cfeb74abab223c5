package org.kiosque.article;

import org.jspecify.annotations.Nullable;
import org.kiosque.article.SectionTagRepository.Kind;
import org.kiosque.site.CleanText;
import org.kiosque.site.FormProblems;

/** What a section's or tag's name and description must be, written once for both. */
final class SectionTagRules {

	private SectionTagRules() {
	}

	/**
	 * A name that is not empty, holds a letter or digit (its address is made of them) and
	 * is at most {@code maxName} characters; a description of at most
	 * {@code maxDescription}. Texts are judged as stored: cleaned and stripped.
	 */
	static FormProblems nameAndDescription(String name, @Nullable String description, int maxName, int maxDescription) {
		FormProblems problems = new FormProblems();
		if (name.isEmpty()) {
			problems.add("name", "sections.error.name-empty");
		}
		else if (name.length() > maxName) {
			problems.add("name", "sections.error.name-long");
		}
		else if (name.codePoints().noneMatch(Character::isLetterOrDigit)) {
			problems.add("name", "sections.error.name-letters");
		}
		if (description != null && description.length() > maxDescription) {
			problems.add("description", "sections.error.description-long");
		}
		return problems;
	}

	/**
	 * The address of a section or tag named {@code name}, once its name and description
	 * pass {@link #nameAndDescription}.
	 * @param id the section or tag renamed, {@code -1} for a new one
	 * @param takenKey the message key when another of that kind has or had the address
	 * @throws SectionTagRefused when they do not pass, or the address is taken
	 */
	static String slug(SectionTagRepository repository, Kind kind, String name, @Nullable String description, long id,
			int maxName, int maxDescription, String takenKey) {
		FormProblems problems = nameAndDescription(name, description, maxName, maxDescription);
		if (!problems.isEmpty()) {
			throw new SectionTagRefused(problems, false);
		}
		String slug = Slugs.of(name);
		if (repository.slugTakenByOther(kind, slug, id)) {
			throw new SectionTagRefused(FormProblems.of("name", takenKey), true);
		}
		return slug;
	}

	/** A typed description as stored: cleaned, stripped, {@code null} when empty. */
	static @Nullable String description(@Nullable String typed) {
		if (typed == null) {
			return null;
		}
		String text = CleanText.lines(typed).strip();
		return text.isEmpty() ? null : text;
	}

}
