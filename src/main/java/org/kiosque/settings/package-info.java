/**
 * The site settings admins change in the browser ({@code /newsroom/settings}): the
 * newspaper's name, tagline, public address, language and time zone, the newsletter's
 * sender and edition hour, the comment policy. Kept by
 * {@link org.kiosque.site.SavedSettings} (shared by every node, winning over the
 * properties); read live through {@link org.kiosque.site.SiteSettings},
 * {@link org.kiosque.newsletter.NewsletterPolicy} and
 * {@link org.kiosque.comment.CommentPolicy}.
 * <p>
 * Words: <em>default</em> (the property's value, or its own default), <em>saved</em> (a
 * value set here), <em>reset</em> (forget the saved value: the default applies again).
 */
@NullMarked
package org.kiosque.settings;

import org.jspecify.annotations.NullMarked;
