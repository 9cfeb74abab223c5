/**
 * The site's plumbing, which every feature may use and which uses none of them: the
 * database's write health, and (as the house is put in order) settings, secrets, mail and
 * the data directory.
 * <p>
 * Words: a <em>write check</em> is a row written and rolled back to prove that the
 * database still takes writes.
 */
@NullMarked
package org.kiosque.site;

import org.jspecify.annotations.NullMarked;
