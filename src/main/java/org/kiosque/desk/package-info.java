/**
 * The writing desk: the newsroom's list of articles, the editor, revisions, the workflow
 * from draft to publication, schedules and the merge of two people's changes.
 * <p>
 * Words: <em>copy</em> (an article's text as the editor's form holds it, {@link Copy}),
 * <em>revision</em> (one recorded version, after an <em>action</em>: save, submit,
 * publish, schedule, unpublish, return, restore), <em>base revision</em> (the one a form
 * was made from), <em>stale</em> (a save from a base older than the latest),
 * <em>preview</em> (the public page before publication), <em>return</em> (an editor sends
 * a draft back to its author with a note).
 * <p>
 * {@link org.kiosque.desk.Desk} is the one way an action changes an article (it writes
 * through the article feature's {@code Newsdesk}); {@link org.kiosque.desk.DeskPolicy}
 * who may do what; {@link org.kiosque.desk.Workflow} where each action leads;
 * {@link org.kiosque.desk.Reconciliation} what becomes of a stale save. The desk owns the
 * table {@code article_revision}.
 */
@NullMarked
package org.kiosque.desk;

import org.jspecify.annotations.NullMarked;
