/**
 * The back office under {@code /newsroom}: only its home page, its menu and what its
 * pages share. Every feature adds its entry to the menu (a
 * {@link org.kiosque.web.NewsroomLink} bean each).
 * <p>
 * The rule: a newsroom page lives with the feature whose data it shows, templates and
 * labels included. Moderation is in {@code comment}, the people admin in {@code account},
 * reading statistics in {@code reading}, the newsletter desk in {@code newsletter}.
 * Nothing else belongs here.
 * <p>
 * Words: <em>staff</em> (contributors, editors, admins), <em>people</em> (everyone with
 * an account, as an admin manages them), <em>menu</em> (the newsroom links a role may
 * see), <em>desk</em> (a feature's newsroom page).
 */
@NullMarked
package org.kiosque.newsroom;

import org.jspecify.annotations.NullMarked;
