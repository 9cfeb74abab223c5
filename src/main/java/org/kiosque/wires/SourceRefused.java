package org.kiosque.wires;

import java.io.Serial;

import org.kiosque.site.FormProblems;

/** A source's form that will not do, with its problems (message keys): answered 422. */
public class SourceRefused extends RuntimeException {

	@Serial
	private static final long serialVersionUID = 1L;

	private final transient FormProblems problems;

	SourceRefused(FormProblems problems) {
		super("wire source refused: " + problems.keys());
		this.problems = problems;
	}

	/** The problems, field by field. */
	public FormProblems problems() {
		return problems;
	}

}
