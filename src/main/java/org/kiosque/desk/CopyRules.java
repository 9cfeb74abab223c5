package org.kiosque.desk;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.kiosque.site.FormProblems;

/**
 * What the editor's form must hold before anything is written: a headline, and every
 * field within what the article's columns keep. Plain rules, most basic first.
 */
final class CopyRules {

	static final int HEADLINE = 300;

	static final int STANDFIRST = 1000;

	static final int BODY = 1_000_000;

	static final int BYLINE = 200;

	static final int SOURCE = 40;

	static final int SLUG = 120;

	static final int DESCRIPTION = 500;

	static final int TAGS = 2000;

	/**
	 * A tag's name; its slug, at most as long, must fit the tag table's 80 characters.
	 */
	static final int TAG = 80;

	static final int NOTE = 2000;

	private CopyRules() {
	}

	/**
	 * The form's problems.
	 * @param sections the slugs of the sections that exist
	 */
	static FormProblems check(Copy copy, Set<String> sections) {
		FormProblems problems = new FormProblems();
		if (copy.headline().isBlank()) {
			problems.add("headline", "desk.problem.headline-missing");
		}
		tooLong(problems, "headline", copy.headline(), HEADLINE);
		tooLong(problems, "standfirst", copy.standfirst(), STANDFIRST);
		tooLong(problems, "body", copy.body(), BODY);
		tooLong(problems, "byline", copy.byline(), BYLINE);
		tooLong(problems, "source", copy.source(), SOURCE);
		tooLong(problems, "slug", copy.slug(), SLUG);
		tooLong(problems, "description", copy.description(), DESCRIPTION);
		tooLong(problems, "tags", copy.tags(), TAGS);
		if (tags(copy.tags()).stream().anyMatch(tag -> tag.length() > TAG)) {
			problems.add("tags", "desk.problem.tag-too-long");
		}
		if (!copy.section().isBlank() && !sections.contains(copy.section().strip())) {
			problems.add("section", "desk.problem.section-unknown");
		}
		return problems;
	}

	/**
	 * The copy as it is kept: line breaks as {@code \n} (browsers post {@code \r\n}),
	 * one-line fields trimmed, the body without blank lines before or white space after
	 * it (a text area's first line break is the browser's, not the writer's); so that a
	 * form posted back unchanged changes nothing.
	 */
	static Copy normalized(Copy copy) {
		return new Copy(line(copy.headline()), unix(copy.standfirst()).strip(),
				unix(copy.body()).replaceFirst("\\A(?:[ \\t]*\n)+", "").stripTrailing(), line(copy.section()),
				line(copy.tags()), line(copy.byline()), line(copy.source()), line(copy.slug()),
				unix(copy.description()).strip());
	}

	private static String unix(String text) {
		return text.replace("\r\n", "\n").replace('\r', '\n');
	}

	private static String line(String text) {
		return unix(text).strip();
	}

	/** The tag names of the comma-separated field, trimmed, blanks left out. */
	static List<String> tags(String field) {
		return Arrays.stream(field.split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).toList();
	}

	private static void tooLong(FormProblems problems, String field, String value, int max) {
		if (value.strip().length() > max) {
			problems.add(field, "desk.problem.too-long." + field);
		}
	}

}
