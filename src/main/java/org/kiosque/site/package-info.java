/**
 * The site's plumbing, which every feature may use and which uses none of them (checked
 * by {@code ModularityTests}).
 * <ul>
 * <li>settings: {@link org.kiosque.site.SiteSettings} ({@code kiosque.site.*}), the
 * newspaper's identity, language and time zone;</li>
 * <li>words: {@link org.kiosque.site.Labels} (the message bundles in the site's language,
 * for pages, mails, API problems and commands alike, as ICU message formats: every count
 * with its noun goes through {@code Labels.count} and the language's plural rules),
 * {@link org.kiosque.site.NewspaperDates} and {@link org.kiosque.site.NewspaperNumbers}
 * (dates and numbers written the French way);</li>
 * <li>text: {@link org.kiosque.site.CleanText} (what comes in),
 * {@link org.kiosque.site.PlainText} (text derived from HTML, once) and
 * {@link org.kiosque.site.Excerpt} (the one cutter of snippets, descriptions, subjects
 * and echoes);</li>
 * <li>secrets: {@link org.kiosque.site.SiteSecrets} (signing keys shared by every node)
 * and {@link org.kiosque.site.MailTokens} (the secrets of mailed links);</li>
 * <li>mail: {@link org.kiosque.site.Postman} (SMTP, or {@code .eml} files under
 * {@code DATA/outbox/});</li>
 * <li>sending in the background: {@link org.kiosque.site.OutTray} (a table of things to
 * send, emptied by every node together: the mail outbox, the webhooks' deliveries);</li>
 * <li>the data directory ({@link org.kiosque.site.DataDirectory}), background jobs
 * ({@code Scheduling}), the database's write health ({@code DatabaseWrites}).</li>
 * </ul>
 * <p>
 * Words: an <em>excerpt</em> is text cut to a length, ending with an ellipsis when cut; a
 * <em>write check</em> is a row written and rolled back to prove that the database still
 * takes writes; a <em>label</em> is a user-visible text by its message key; a
 * <em>round</em> is one SMTP connection of the postman, reused for several mails; an
 * <em>out-tray</em> is a table of rows to send, each <em>claimed</em> by one node at a
 * time (for at most a claim timeout), sent, then deleted, finished, or put back
 * <em>later</em> with a doubled back-off.
 */
@NullMarked
package org.kiosque.site;

import org.jspecify.annotations.NullMarked;
