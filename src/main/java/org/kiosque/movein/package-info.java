/**
 * Moving in: a newspaper's archive, links, people and counts brought over from the
 * platform it leaves (WordPress, Ghost), in one command that can be run again.
 * <p>
 * The shared core, usable by any importer without reading another:
 * <ul>
 * <li>{@link org.kiosque.movein.MovingIn}: the one writer. {@code begin(system, dryRun,
 * report)} gives a {@link org.kiosque.movein.MovingIn.Run} whose methods bring staff
 * accounts (that cannot sign in until invited), sections, pictures, articles with their
 * comments, read counts and former addresses; each decides by the origin map whether the
 * thing is new, changed or unchanged, and in a dry run only counts;</li>
 * <li>{@link org.kiosque.movein.Origins}: the origin map (old system, kind, old id →
 * Kiosque id and a fingerprint), which makes a second run change nothing;</li>
 * <li>{@link org.kiosque.movein.MovingArticle} and
 * {@link org.kiosque.movein.MovingComment}: an article and a comment as any old
 * platform's export reads;</li>
 * <li>{@link org.kiosque.movein.MoveInReport}: counts per kind and outcome, what was
 * skipped and why, HTML left over; {@link org.kiosque.movein.Progress}: a progress bar on
 * a terminal, nothing otherwise;</li>
 * <li>{@link org.kiosque.movein.ExportFile}: the export file opened, or one sentence
 * saying why not (no file there, a folder, no right to read it).</li>
 * </ul>
 * Former addresses are answered by {@link org.kiosque.web.FormerAddresses} (a 301 for an
 * address no handler serves).
 * <p>
 * Words: the <em>origin</em> of a thing is the old site's system and id for it; a
 * <em>former address</em> is an address of the old site; a <em>run</em> is one import of
 * one export; a <em>leftover</em> is a piece of the old HTML that has no Markdown form.
 */
@NullMarked
package org.kiosque.movein;

import org.jspecify.annotations.NullMarked;
