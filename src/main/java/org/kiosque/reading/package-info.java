/**
 * Everything about reads: the exact {@code Nombre de lectures} of each article, bot
 * filtering, the read beacon, the {@code Les plus lus} box and the newsroom's reading
 * statistics ({@code /newsroom/statistics}).
 * <p>
 * Reading builds on {@code article}, never the reverse: it implements the
 * {@link org.kiosque.article.ReadCounter} that article declares.
 * <p>
 * Words: a <em>read</em> is one counted opening of a published article by a reader; the
 * <em>total</em> is what the page prints; the <em>ledger</em> holds reads in memory until
 * they are flushed; <em>most read</em> ranks articles by their reads in a period.
 */
@NullMarked
package org.kiosque.reading;

import org.jspecify.annotations.NullMarked;
