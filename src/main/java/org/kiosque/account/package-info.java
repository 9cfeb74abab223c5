/**
 * Readers and staff: registration, sign-in, remember-me, password reset, address change,
 * closing an account; roles; the security configuration of the whole site; the newsroom's
 * people admin ({@code /newsroom/people}).
 * <p>
 * Public: {@link org.kiosque.account.CurrentReader} (who is signed in),
 * {@link org.kiosque.account.ReaderIdentity}, {@link org.kiosque.account.Role},
 * {@link org.kiosque.account.AccountClosed} (event), {@link org.kiosque.account.People}
 * (staff admin, for the newsroom and the {@code user} command),
 * {@link org.kiosque.account.NewsroomAccess} (whether someone may open a staff page, as
 * the access rules declare: ask it rather than comparing roles),
 * {@link org.kiosque.account.ExpiredSessionPosts} (implemented by a feature that keeps
 * the text of a post refused because its session ended).
 * <p>
 * Words: a <em>reader</em> is anyone with an account (staff too); <em>staff</em> are
 * contributors, editors and admins; a <em>token</em> is the secret of a mailed link (only
 * its hash is stored); <em>closing</em> an account deletes it.
 */
@NullMarked
package org.kiosque.account;

import org.jspecify.annotations.NullMarked;
