package org.kiosque.article;

import org.kiosque.site.FormProblems;

/**
 * A change to a section or tag that cannot be made, and why, by form field: nothing was
 * written.
 *
 * @param conflict true when the change is sound but collides with another section or tag
 * (an address already taken): 409 rather than 422
 */
public final class SectionTagRefused extends RuntimeException {

	private final FormProblems problems;

	private final boolean conflict;

	SectionTagRefused(FormProblems problems, boolean conflict) {
		super(problems.toString(), null, false, false);
		this.problems = problems;
		this.conflict = conflict;
	}

	public FormProblems problems() {
		return problems;
	}

	public boolean conflict() {
		return conflict;
	}

}
