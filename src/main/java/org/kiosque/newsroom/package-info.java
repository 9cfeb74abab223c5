/**
 * The back office under {@code /newsroom}: the staff's home page with the menu every
 * feature adds to (a {@link org.kiosque.web.NewsroomLink} bean each), and the people
 * admin.
 * <p>
 * Words: <em>staff</em> (contributors, editors, admins), <em>people</em> (everyone with
 * an account, as an admin manages them), <em>menu</em> (the newsroom links a role may
 * see).
 */
@NullMarked
package org.kiosque.newsroom;

import org.jspecify.annotations.NullMarked;
