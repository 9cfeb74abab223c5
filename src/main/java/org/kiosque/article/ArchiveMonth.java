package org.kiosque.article;

import java.time.Instant;
import java.time.YearMonth;

/**
 * A calendar month (UTC) of the published archive.
 *
 * @param month the month, in UTC
 * @param articles how many published articles it holds, at least one
 * @param lastModified the latest publication or visible modification among them
 */
public record ArchiveMonth(YearMonth month, int articles, Instant lastModified) {
}
