/**
 * Full-text search of published articles (Lucene, French analysis with folded accents).
 * <p>
 * Words: the <em>index</em> holds what the public may see; a <em>hit</em> is one article
 * found, with a <em>snippet</em> of its text.
 */
@NullMarked
package org.kiosque.search;

import org.jspecify.annotations.NullMarked;
