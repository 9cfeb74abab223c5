package org.kiosque.search;

import org.kiosque.site.SharedChange;

/**
 * Someone asked every node to rebuild its search index from the database
 * ({@code search rebuild}): written to the change log, so that each node, running or
 * started later, hears it once ({@link Search.Indexer}).
 */
public record SearchRebuildAsked() implements SharedChange {
}
