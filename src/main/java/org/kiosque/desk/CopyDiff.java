package org.kiosque.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;

/**
 * What changed between two versions of an article's text, field by field in the form's
 * order ({@link Copy#fields()}), word by word: for each field a run of segments, each
 * kept, added or removed, so that a page can print the words added and removed inline
 * ({@code desk/diff.jte}).
 * <p>
 * Texts are compared with line feeds only and without trailing whitespace (a browser's
 * {@code \r\n} is no change). Words are cut on Unicode whitespace, the whitespace kept as
 * segments of its own, so that the segments put back together read as the text. The body
 * is compared paragraph by paragraph (blocks separated by blank lines) first, then word
 * by word inside the paragraphs that changed, which keeps a long body fast: paragraphs
 * are then rebuilt with one blank line between two. Tags are compared tag by tag.
 *
 * @param fields one entry per field of {@link Copy#fields()}, in that order
 */
public record CopyDiff(List<FieldDiff> fields) {

	/** The field compared paragraph by paragraph first. */
	private static final String BODY = "body";

	/** The field compared tag by tag. */
	private static final String TAGS = "tags";

	// Beyond this many words and spaces on both sides (about 500 words a side), a change
	// is diffed line by line first, and a run of changed lines still that long is shown
	// removed then added whole: the word diff's time grows with the length times the
	// number of changes (a 500-word paragraph rewritten whole takes some 20 ms, one twice
	// as long four times that), and such a rewrite reads better whole anyway.
	private static final int WORD_DIFF_LIMIT = 2_000;

	public CopyDiff {
		fields = List.copyOf(fields);
	}

	/**
	 * The differences from {@code before} to {@code after}.
	 * @param before the older version (for a new article, {@link Copy#blank()})
	 * @param after the newer version
	 * @return one {@link FieldDiff} per field, unchanged fields included
	 */
	public static CopyDiff between(Copy before, Copy after) {
		Map<String, String> old = before.fields();
		List<FieldDiff> fields = new ArrayList<>();
		after.fields().forEach((name, text) -> fields.add(FieldDiff.of(name, old.get(name), text)));
		return new CopyDiff(fields);
	}

	/** Whether any field changed. */
	public boolean changed() {
		return fields.stream().anyMatch(FieldDiff::changed);
	}

	/** The fields that changed, in the form's order. */
	public List<FieldDiff> changedFields() {
		return fields.stream().filter(FieldDiff::changed).toList();
	}

	/**
	 * One field's differences.
	 * @param name a field's form name, as in {@link Copy#fields()}
	 * @throws IllegalArgumentException for a name that is no field of {@link Copy}
	 */
	public FieldDiff field(String name) {
		return fields.stream()
			.filter(field -> field.field().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No such field of Copy: " + name));
	}

	/**
	 * Word by word differences between two texts taken whole (no paragraphs): what a
	 * headline or a standfirst gets, and what the merge's conflict page shows of each
	 * side.
	 */
	public static List<Segment> words(String before, String after) {
		Segments segments = new Segments();
		wordsInto(segments, CopyText.normalised(before), CopyText.normalised(after));
		return segments.tidied();
	}

	/**
	 * Tag by tag differences between two lists of tags, separated by commas: a tag added
	 * or removed shows whole, with its comma.
	 */
	public static List<Segment> tags(String before, String after) {
		Segments segments = new Segments();
		changedWords(segments, CopyText.tagWords(CopyText.normalised(before)),
				CopyText.tagWords(CopyText.normalised(after)));
		return segments.tidied();
	}

	/**
	 * Paragraph then word differences between two texts: what the body gets. Paragraphs
	 * are rebuilt with one blank line between two.
	 */
	public static List<Segment> paragraphs(String before, String after) {
		List<String> old = CopyText.paragraphs(before);
		List<String> now = CopyText.paragraphs(after);
		List<AbstractDelta<String>> runs = DiffUtils.diff(old, now, true).getDeltas();
		Segments segments = new Segments();
		for (int i = 0; i < runs.size(); i++) {
			AbstractDelta<String> run = runs.get(i);
			if (i > 0) {
				segments.add(breakKind(run, runs.getFirst(), i), CopyText.PARAGRAPH_BREAK);
			}
			paragraphRun(segments, run);
		}
		return segments.tidied();
	}

	// The blank line before a paragraph exists in the old text, the new one or both: a
	// paragraph removed or added takes the one before it along, and a first paragraph
	// removed or added the one after it.
	private static Kind breakKind(AbstractDelta<String> run, AbstractDelta<String> first, int index) {
		Kind kind = wholeKind(run.getType());
		if (kind == Kind.SAME && index == 1) {
			return wholeKind(first.getType());
		}
		return kind;
	}

	private static Kind wholeKind(DeltaType type) {
		return switch (type) {
			case INSERT -> Kind.ADDED;
			case DELETE -> Kind.REMOVED;
			default -> Kind.SAME;
		};
	}

	private static void paragraphRun(Segments segments, AbstractDelta<String> run) {
		List<String> old = run.getSource().getLines();
		List<String> now = run.getTarget().getLines();
		switch (run.getType()) {
			case EQUAL -> segments.add(Kind.SAME, CopyText.joined(now));
			case DELETE -> segments.add(Kind.REMOVED, CopyText.joined(old));
			case INSERT -> segments.add(Kind.ADDED, CopyText.joined(now));
			case CHANGE -> changedParagraphs(segments, old, now);
		}
	}

	// Paragraphs changed in place pair up one to one (each diffed on its own: fast, and a
	// change never seems to move across paragraphs); otherwise the run is diffed whole.
	private static void changedParagraphs(Segments segments, List<String> old, List<String> now) {
		if (old.size() == now.size()) {
			for (int i = 0; i < old.size(); i++) {
				if (i > 0) {
					segments.add(Kind.SAME, CopyText.PARAGRAPH_BREAK);
				}
				wordsInto(segments, old.get(i), now.get(i));
			}
		}
		else {
			wordsInto(segments, CopyText.joined(old), CopyText.joined(now));
		}
	}

	// Words both versions share at the start and the end are set aside first: the diff's
	// time grows with the length times the number of changes, and most edits touch a few
	// words in the middle of a paragraph.
	private static void wordsInto(Segments segments, String before, String after) {
		List<String> old = CopyText.words(before);
		List<String> now = CopyText.words(after);
		int prefix = 0;
		while (prefix < old.size() && prefix < now.size() && old.get(prefix).equals(now.get(prefix))) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < old.size() - prefix && suffix < now.size() - prefix
				&& old.get(old.size() - 1 - suffix).equals(now.get(now.size() - 1 - suffix))) {
			suffix++;
		}
		segments.add(Kind.SAME, String.join("", old.subList(0, prefix)));
		changedWords(segments, old.subList(prefix, old.size() - suffix), now.subList(prefix, now.size() - suffix));
		segments.add(Kind.SAME, String.join("", old.subList(old.size() - suffix, old.size())));
	}

	private static void changedWords(Segments segments, List<String> old, List<String> now) {
		if (old.size() + now.size() > WORD_DIFF_LIMIT) {
			changedLines(segments, old, now);
		}
		else {
			myers(segments, old, now);
		}
	}

	private static void myers(Segments segments, List<String> old, List<String> now) {
		for (AbstractDelta<String> delta : DiffUtils.diff(old, now, new MyersDiffWithLinearSpace<>(), null, true)
			.getDeltas()) {
			String removed = String.join("", delta.getSource().getLines());
			String added = String.join("", delta.getTarget().getLines());
			switch (delta.getType()) {
				case EQUAL -> segments.add(Kind.SAME, added);
				case DELETE -> segments.add(Kind.REMOVED, removed);
				case INSERT -> segments.add(Kind.ADDED, added);
				case CHANGE -> {
					segments.add(Kind.REMOVED, removed);
					segments.add(Kind.ADDED, added);
				}
			}
		}
	}

	// A long change, line by line (Markdown's single line breaks, common in agency copy),
	// then word by word inside the lines that changed when they are short enough.
	private static void changedLines(Segments segments, List<String> old, List<String> now) {
		for (AbstractDelta<String> delta : DiffUtils.diff(lines(old), lines(now), true).getDeltas()) {
			String removed = String.join("", delta.getSource().getLines());
			String added = String.join("", delta.getTarget().getLines());
			List<String> oldWords = CopyText.words(removed);
			List<String> nowWords = CopyText.words(added);
			if (delta.getType() == DeltaType.EQUAL) {
				segments.add(Kind.SAME, added);
			}
			else if (oldWords.size() + nowWords.size() > WORD_DIFF_LIMIT) {
				segments.add(Kind.REMOVED, removed);
				segments.add(Kind.ADDED, added);
			}
			else {
				myers(segments, oldWords, nowWords);
			}
		}
	}

	/**
	 * Words and spaces put back together into lines, each with the line break after it.
	 */
	private static List<String> lines(List<String> words) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : words) {
			line.append(word);
			if (word.indexOf('\n') >= 0) {
				lines.add(line.toString());
				line.setLength(0);
			}
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	/**
	 * One field's differences.
	 *
	 * @param field the field's form name ({@code headline}, {@code body}...)
	 * @param changed whether the field's text changed (line endings and trailing
	 * whitespace aside)
	 * @param segments the text in order, kept, removed and added pieces; for an unchanged
	 * field, one kept segment (none for a blank field)
	 */
	public record FieldDiff(String field, boolean changed, List<Segment> segments) {

		public FieldDiff {
			segments = List.copyOf(segments);
		}

		static FieldDiff of(String field, String before, String after) {
			boolean changed = !CopyText.normalised(before).equals(CopyText.normalised(after));
			List<Segment> segments = switch (field) {
				case BODY -> paragraphs(before, after);
				case TAGS -> tags(before, after);
				default -> words(before, after);
			};
			return new FieldDiff(field, changed, segments);
		}

		/**
		 * The message key of the field's label: {@code copy.field.} and the field's name.
		 */
		public String labelKey() {
			return "copy.field." + field;
		}

		/** The older text, as compared (paragraphs rebuilt for the body). */
		public String before() {
			return text(Kind.REMOVED);
		}

		/** The newer text, as compared (paragraphs rebuilt for the body). */
		public String after() {
			return text(Kind.ADDED);
		}

		private String text(Kind side) {
			StringBuilder text = new StringBuilder();
			segments.stream()
				.filter(s -> s.kind() == Kind.SAME || s.kind() == side)
				.forEach(s -> text.append(s.text()));
			return text.toString();
		}

	}

	/**
	 * A piece of text, kept, added or removed. Removed pieces come before the added ones
	 * that replace them.
	 *
	 * @param kind kept, added or removed
	 * @param text the words and the whitespace between them, never empty
	 */
	public record Segment(Kind kind, String text) {

		public boolean same() {
			return kind == Kind.SAME;
		}

		public boolean added() {
			return kind == Kind.ADDED;
		}

		public boolean removed() {
			return kind == Kind.REMOVED;
		}

	}

	/** What happened to a piece of text between the two versions. */
	public enum Kind {

		/** In both versions. */
		SAME,
		/** Only in the newer version. */
		ADDED,
		/** Only in the older version. */
		REMOVED

	}

	/** Segments as they are found, then tidied for reading. */
	private static final class Segments {

		private final List<Segment> found = new ArrayList<>();

		void add(Kind kind, String text) {
			if (!text.isEmpty()) {
				found.add(new Segment(kind, text));
			}
		}

		/**
		 * The segments with a space between two replacements folded into them ({@code the
		 * quick} struck and {@code a slow} added, rather than word after word),
		 * neighbours of one kind joined, and removed pieces before added ones.
		 */
		List<Segment> tidied() {
			List<Change> blocks = new ArrayList<>();
			for (Segment segment : found) {
				if (blocks.isEmpty() || blocks.getLast().isSame() != segment.same()) {
					blocks.add(new Change(segment));
				}
				else {
					blocks.getLast().add(segment);
				}
			}
			List<Change> folded = new ArrayList<>();
			for (int i = 0; i < blocks.size(); i++) {
				Change block = blocks.get(i);
				if (block.isSame() && !folded.isEmpty() && i + 1 < blocks.size()
						&& folded.getLast().foldsOver(block, blocks.get(i + 1))) {
					folded.getLast().fold(block.same, blocks.get(++i));
				}
				else {
					folded.add(block);
				}
			}
			List<Segment> tidied = new ArrayList<>();
			folded.forEach(block -> block.appendTo(tidied));
			return tidied;
		}

	}

	/** A run of kept text, or of removed and added text between two kept runs. */
	private static final class Change {

		private final StringBuilder same = new StringBuilder();

		private final StringBuilder removed = new StringBuilder();

		private final StringBuilder added = new StringBuilder();

		Change(Segment first) {
			add(first);
		}

		void add(Segment segment) {
			switch (segment.kind()) {
				case SAME -> same.append(segment.text());
				case REMOVED -> removed.append(segment.text());
				case ADDED -> added.append(segment.text());
			}
		}

		boolean isSame() {
			return !same.isEmpty();
		}

		// A space (not a line break, which would join paragraphs) between two changes is
		// folded when one of them replaces words: folded, the space is struck and added
		// again, which a change that only adds or only removes on both sides could not
		// say, and a word added beside a word struck reads better as it is.
		boolean foldsOver(Change space, Change next) {
			String text = space.same.toString();
			if (!CopyText.isSpace(text) || text.indexOf('\n') >= 0) {
				return false;
			}
			return replaces() || next.replaces();
		}

		private boolean replaces() {
			return !removed.isEmpty() && !added.isEmpty();
		}

		void fold(CharSequence space, Change next) {
			removed.append(space).append(next.removed);
			added.append(space).append(next.added);
		}

		void appendTo(List<Segment> segments) {
			if (!same.isEmpty()) {
				segments.add(new Segment(Kind.SAME, same.toString()));
			}
			if (!removed.isEmpty()) {
				segments.add(new Segment(Kind.REMOVED, removed.toString()));
			}
			if (!added.isEmpty()) {
				segments.add(new Segment(Kind.ADDED, added.toString()));
			}
		}

	}

}
