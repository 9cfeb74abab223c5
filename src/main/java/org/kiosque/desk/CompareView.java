package org.kiosque.desk;

/**
 * What the comparison of two revisions ({@code desk/compare.jte}) prints.
 *
 * @param title which revisions of which article, in words
 * @param revisionsPath the revision list
 * @param diff the word diff, field by field
 */
public record CompareView(String title, String revisionsPath, CopyDiff diff) {
}
