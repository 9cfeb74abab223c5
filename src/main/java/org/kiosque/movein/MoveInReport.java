package org.kiosque.movein;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.Map;

import org.kiosque.site.Labels;

/**
 * What one run did: per {@link OriginKind kind}, how many things were created, updated,
 * left unchanged and skipped; each skipped thing with why; each piece of old HTML that
 * came over as a link or not at all (a leftover, see
 * {@link org.kiosque.ingest.HtmlCopy.Converted#leftovers()}); and other notes (a missing
 * upload). Filled by {@link MovingIn.Run} and by the importer itself for what it skips
 * before writing (an attachment, a menu item). One run, one thread: not thread-safe.
 */
public final class MoveInReport {

	/** What became of one thing of the old site. */
	public enum Outcome {

		/** Brought over for the first time. */
		CREATED,

		/** Brought over again: it changed on the old site since the last run. */
		UPDATED,

		/** Brought over already, unchanged since. */
		UNCHANGED,

		/** Not brought over: see {@link #skips()}. */
		SKIPPED

	}

	/**
	 * A thing not brought over, or brought over only in part.
	 *
	 * @param what the thing, as the old site names it ({@code post 123 « Titre »})
	 * @param why a sentence in the site's language
	 */
	public record Note(String what, String why) {
	}

	private final boolean dryRun;

	private final Map<OriginKind, long[]> counts = new EnumMap<>(OriginKind.class);

	private final List<Note> skips = new ArrayList<>();

	private final List<Note> leftovers = new ArrayList<>();

	/**
	 * Each note once: a picture used twice in one post and missing is one thing to fix.
	 */
	private final Set<Note> notes = new LinkedHashSet<>();

	private long formerAddresses;

	/**
	 * @param dryRun whether the run writes nothing (the report says "would")
	 */
	public MoveInReport(boolean dryRun) {
		this.dryRun = dryRun;
	}

	public boolean dryRun() {
		return dryRun;
	}

	/** Counts one thing's outcome. */
	public void count(OriginKind kind, Outcome outcome) {
		counts.computeIfAbsent(kind, k -> new long[Outcome.values().length])[outcome.ordinal()]++;
	}

	/** How many things of the kind had the outcome. */
	public long counted(OriginKind kind, Outcome outcome) {
		long[] row = counts.get(kind);
		return row == null ? 0 : row[outcome.ordinal()];
	}

	/** Counts a skipped thing and says why. */
	public void skipped(OriginKind kind, String what, String why) {
		count(kind, Outcome.SKIPPED);
		skips.add(new Note(what, why));
	}

	/** Notes a piece of HTML of {@code what} that has no Markdown form. */
	public void leftover(String what, String html) {
		leftovers.add(new Note(what, html));
	}

	/** Notes something the operator should know (a missing upload), nothing skipped. */
	public void note(String what, String why) {
		notes.add(new Note(what, why));
	}

	/** Counts a former address now answering with a redirect (new or changed). */
	public void formerAddress() {
		formerAddresses++;
	}

	public long formerAddresses() {
		return formerAddresses;
	}

	public List<Note> skips() {
		return List.copyOf(skips);
	}

	public List<Note> leftovers() {
		return List.copyOf(leftovers);
	}

	public List<Note> notes() {
		return List.copyOf(notes);
	}

	/** Whether the run wrote (or would write) nothing at all. */
	public boolean changedNothing() {
		for (long[] row : counts.values()) {
			if (row[Outcome.CREATED.ordinal()] > 0 || row[Outcome.UPDATED.ordinal()] > 0) {
				return false;
			}
		}
		return formerAddresses == 0;
	}

	/**
	 * Prints the report in the site's language: one line per kind with its counts, the
	 * redirects, then every skipped thing, every note and every leftover, one a line.
	 */
	public void print(PrintStream out, Labels labels) {
		out.println(labels.get(dryRun ? "movein.report.title-dry" : "movein.report.title"));
		for (OriginKind kind : OriginKind.values()) {
			long[] row = counts.get(kind);
			if (row == null) {
				continue;
			}
			String name = kind.name().toLowerCase();
			// The participles agree with the kind (« Rubriques : 1 créée »): its gender
			// is a label.
			out.println(labels.get("movein.report.kind", labels.get("movein.kind." + name), row[0], row[1], row[2],
					row[3], labels.get("movein.gender." + name)));
		}
		out.println(labels.count("movein.report.addresses", formerAddresses));
		section(out, labels, "movein.report.skipped", skips);
		section(out, labels, "movein.report.notes", notes);
		section(out, labels, "movein.report.leftovers", leftovers);
		out.flush();
	}

	private static void section(PrintStream out, Labels labels, String key, Collection<Note> lines) {
		if (lines.isEmpty()) {
			return;
		}
		out.println(labels.count(key, lines.size()));
		for (Note line : lines) {
			out.println("  " + line.what() + " : " + line.why());
		}
	}

}
