/**
 * The writing desk: the newsroom's list of articles, the editor, revisions, the workflow
 * from draft to publication, schedules and the merge of two people's changes.
 */
@NullMarked
package org.kiosque.desk;

import org.jspecify.annotations.NullMarked;
