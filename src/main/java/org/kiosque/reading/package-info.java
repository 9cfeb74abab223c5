/**
 * Read counting: the exact {@code Nombre de lectures} of each article, bot filtering,
 * most read.
 * <p>
 * Words: a <em>read</em> is one counted opening of a published article by a reader; the
 * <em>total</em> is what the page prints.
 */
@NullMarked
package org.kiosque.reading;

import org.jspecify.annotations.NullMarked;
