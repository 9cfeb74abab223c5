/**
 * The legal and service pages: mentions légales, conditions d’utilisation, politique de
 * confidentialité, contact. Admins write them in Markdown at {@code /newsroom/pages}; the
 * public reads them at French addresses ({@link org.kiosque.legal.ServicePage}).
 * <p>
 * Words: a <em>service page</em> is one of these four; its <em>starting text</em> is the
 * template shipped with Kiosque, shown until an admin saves the page, with blanks
 * ({@code [ ... ]}) to fill.
 */
@NullMarked
package org.kiosque.legal;

import org.jspecify.annotations.NullMarked;
