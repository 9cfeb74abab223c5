package org.kiosque.desk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * The three-way merge of two people's saves of one article: the version both started from
 * ({@code base}, the form's {@code baseRevision}), the one being saved ({@code mine}) and
 * the one saved meanwhile by someone else ({@code theirs}).
 * <p>
 * Field by field (texts compared with line feeds only and without trailing whitespace):
 * <ul>
 * <li>changed on one side only, or on both sides alike: that side's text;</li>
 * <li>the body changed on both sides: merged paragraph by paragraph (blocks separated by
 * blank lines), when the two changed different paragraphs; a paragraph changed on both
 * sides, or removed on one and changed on the other, or two paragraphs added at the same
 * place, is a clash;</li>
 * <li>the tags changed on both sides: merged as sets (each side's additions and removals
 * applied, names compared without regard to case);</li>
 * <li>any other field changed on both sides differently: a clash.</li>
 * </ul>
 * Without a clash the outcome is {@link Merged}; with one, a {@link Conflict} that the
 * editor answers with 409 and both versions side by side ({@code desk/conflict.jte}).
 */
public final class CopyMerge {

	private static final String BODY = "body";

	private static final String TAGS = "tags";

	private CopyMerge() {
	}

	/**
	 * Merges two versions made from one base.
	 * @param base the version both sides started from ({@link Copy#blank()} for an
	 * article not saved before)
	 * @param mine the version being saved
	 * @param theirs the version saved meanwhile by someone else
	 * @return {@link Merged} or {@link Conflict}; every text in it has line feeds only
	 * and no trailing whitespace, and a body merged paragraph by paragraph has one blank
	 * line between two paragraphs
	 */
	public static Outcome merge(Copy base, Copy mine, Copy theirs) {
		Map<String, String> bases = base.fields();
		Map<String, String> mines = mine.fields();
		Map<String, String> theirses = theirs.fields();
		Map<String, String> result = new LinkedHashMap<>();
		List<String> fromTheirs = new ArrayList<>();
		List<String> combined = new ArrayList<>();
		List<Clash> clashes = new ArrayList<>();
		for (String field : bases.keySet()) {
			String was = CopyText.normalised(bases.get(field));
			String ours = CopyText.normalised(mines.get(field));
			String other = CopyText.normalised(theirses.get(field));
			if (ours.equals(other) || other.equals(was)) {
				result.put(field, ours);
			}
			else if (ours.equals(was)) {
				result.put(field, other);
				fromTheirs.add(field);
			}
			else if (BODY.equals(field)) {
				BodyMerge body = BodyMerge.of(was, ours, other);
				result.put(field, body.text());
				clashes.addAll(body.clashes());
				if (body.clashes().isEmpty()) {
					combined.add(field);
				}
			}
			else if (TAGS.equals(field)) {
				result.put(field, tags(was, ours, other));
				combined.add(field);
			}
			else {
				result.put(field, ours);
				clashes.add(new Clash(field, 0, was, ours, other));
			}
		}
		Copy merged = Copy.of(result);
		if (clashes.isEmpty()) {
			return new Merged(merged, fromTheirs, combined);
		}
		return new Conflict(clashes, merged);
	}

	/**
	 * Tags as sets: this side's list, less what the other side removed, plus what it
	 * added (in its order), joined with {@code ", "}.
	 */
	private static String tags(String base, String mine, String theirs) {
		Map<String, String> was = tagSet(base);
		Map<String, String> other = tagSet(theirs);
		Map<String, String> result = tagSet(mine);
		was.keySet().stream().filter(key -> !other.containsKey(key)).forEach(result::remove);
		other.forEach((key, name) -> {
			if (!was.containsKey(key)) {
				result.putIfAbsent(key, name);
			}
		});
		return String.join(", ", result.values());
	}

	/** Tag names by their key (trimmed, lower case), in the order typed, once each. */
	private static Map<String, String> tagSet(String tags) {
		Map<String, String> set = new LinkedHashMap<>();
		for (String name : tags.split(",")) {
			String trimmed = name.strip();
			if (!trimmed.isEmpty()) {
				set.putIfAbsent(trimmed.toLowerCase(Locale.ROOT), trimmed);
			}
		}
		return set;
	}

	/** What a merge ends in: {@link Merged} or {@link Conflict}. */
	public sealed interface Outcome permits Merged, Conflict {

	}

	/**
	 * Both sides' changes in one version, to save.
	 *
	 * @param copy the merged version
	 * @param fromTheirs the fields taken whole from the other side (changed there only),
	 * in the form's order
	 * @param combined the fields whose changes from both sides were combined
	 * ({@code body} merged paragraph by paragraph, {@code tags} as sets), in the form's
	 * order
	 */
	public record Merged(Copy copy, List<String> fromTheirs, List<String> combined) implements Outcome {

		public Merged {
			fromTheirs = List.copyOf(fromTheirs);
			combined = List.copyOf(combined);
		}

		/**
		 * Whether the saved version holds anything of the other side's, so that the
		 * editor says it merged ("Kiosque a fusionné vos modifications avec celles de
		 * X").
		 */
		public boolean tookTheirs() {
			return !fromTheirs.isEmpty() || !combined.isEmpty();
		}

	}

	/**
	 * Both sides changed the same part differently: nothing is saved, the editor chooses.
	 *
	 * @param clashes the parts changed on both sides differently, in the form's order,
	 * then in the body's order; never empty
	 * @param proposal every change of both sides merged, and this side's text where they
	 * clash: what the editor's form can show again (with the other side's revision as its
	 * new base) so that a second save keeps the other side's other changes
	 */
	public record Conflict(List<Clash> clashes, Copy proposal) implements Outcome {

		public Conflict {
			clashes = List.copyOf(clashes);
			if (clashes.isEmpty()) {
				throw new IllegalArgumentException("A conflict has at least one clash");
			}
		}

		/** The fields that clash, once each, in the form's order. */
		public List<String> fields() {
			return clashes.stream().map(Clash::field).distinct().toList();
		}

	}

	/**
	 * One part changed on both sides differently: a whole field, or some paragraphs of
	 * the body.
	 *
	 * @param field the field's form name ({@code headline}, {@code body}...)
	 * @param paragraph for the body, the number (from 1) in the base version of the first
	 * paragraph concerned (for paragraphs added at one place, the number the first of
	 * them would have); 0 for a whole field
	 * @param base the part in the base version (blank for paragraphs added)
	 * @param mine the part as this side has it (blank if removed)
	 * @param theirs the part as the other side has it (blank if removed)
	 */
	public record Clash(String field, int paragraph, String base, String mine, String theirs) {

		/**
		 * The message key of the field's label: {@code copy.field.} and the field's name.
		 */
		public String labelKey() {
			return "copy.field." + field;
		}

		/** This side's changes to the base, word by word. */
		public List<CopyDiff.Segment> mineChanges() {
			return CopyDiff.words(base, mine);
		}

		/** The other side's changes to the base, word by word. */
		public List<CopyDiff.Segment> theirsChanges() {
			return CopyDiff.words(base, theirs);
		}

	}

	/**
	 * The body merged paragraph by paragraph, as diff3 does with lines: each side's
	 * changes are found against the base; changes of one side only, or of both sides
	 * alike, are applied; changes of both sides that touch the same base paragraphs (or
	 * add paragraphs at the same place) clash, and this side's text is kept there.
	 */
	private record BodyMerge(String text, List<Clash> clashes) {

		static BodyMerge of(String base, String mine, String theirs) {
			List<String> was = CopyText.paragraphs(base);
			List<Change> changes = new ArrayList<>();
			changes.addAll(Change.all(was, CopyText.paragraphs(mine), true));
			changes.addAll(Change.all(was, CopyText.paragraphs(theirs), false));
			changes.sort(Comparator.comparingInt(Change::start).thenComparingInt(Change::end));
			List<String> result = new ArrayList<>();
			List<Clash> clashes = new ArrayList<>();
			int done = 0;
			int next = 0;
			while (next < changes.size()) {
				List<Change> group = new ArrayList<>(List.of(changes.get(next++)));
				int start = group.getFirst().start;
				int end = group.getFirst().end;
				while (next < changes.size() && changes.get(next).overlaps(end, group)) {
					end = Math.max(end, changes.get(next).end);
					group.add(changes.get(next++));
				}
				result.addAll(was.subList(done, start));
				List<String> ours = side(was, start, end, group, true);
				List<String> other = side(was, start, end, group, false);
				boolean bothSides = group.stream().anyMatch(Change::mine) && group.stream().anyMatch(c -> !c.mine());
				if (bothSides && !ours.equals(other)) {
					clashes.add(new Clash(BODY, start + 1, CopyText.joined(was.subList(start, end)),
							CopyText.joined(ours), CopyText.joined(other)));
				}
				result.addAll(group.getFirst().mine() || bothSides ? ours : other);
				done = end;
			}
			result.addAll(was.subList(done, was.size()));
			return new BodyMerge(CopyText.joined(result), clashes);
		}

		/** The base paragraphs start to end as one side has them. */
		private static List<String> side(List<String> was, int start, int end, List<Change> group, boolean mine) {
			List<String> text = new ArrayList<>();
			int at = start;
			for (Change change : group) {
				if (change.mine() == mine) {
					text.addAll(was.subList(at, change.start));
					text.addAll(change.paragraphs);
					at = change.end;
				}
			}
			text.addAll(was.subList(at, end));
			return text;
		}

	}

	/**
	 * One side's change to the base body: base paragraphs {@code start} (included) to
	 * {@code end} (excluded) replaced by {@code paragraphs}; {@code start == end} for
	 * paragraphs added.
	 */
	private record Change(int start, int end, List<String> paragraphs, boolean mine) {

		static List<Change> all(List<String> base, List<String> side, boolean mine) {
			List<Change> changes = new ArrayList<>();
			for (AbstractDelta<String> delta : DiffUtils.diff(base, side).getDeltas()) {
				int start = delta.getSource().getPosition();
				changes.add(new Change(start, start + delta.getSource().size(), delta.getTarget().getLines(), mine));
			}
			return changes;
		}

		/**
		 * Whether this change (which starts at or after the group's start) touches the
		 * group ending at {@code end}: it changes a paragraph the group changes, or it
		 * adds paragraphs at the very place where the group adds some. A change that only
		 * borders the group (paragraphs added just before or just after paragraphs
		 * changed by the other side) does not: its place in the text is clear.
		 */
		boolean overlaps(int end, List<Change> group) {
			if (start < end) {
				return true;
			}
			return start == end && this.end == start
					&& group.stream().anyMatch(c -> c.start() == start && c.end() == start);
		}

	}

}
