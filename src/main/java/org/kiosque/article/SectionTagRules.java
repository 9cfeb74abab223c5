package org.kiosque.article;

import org.jspecify.annotations.Nullable;
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

}
