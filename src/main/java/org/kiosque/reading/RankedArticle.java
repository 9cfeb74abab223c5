package org.kiosque.reading;

/** An article's place in a most-read list: its id and its reads in the period. */
record RankedArticle(long articleId, long reads) {
}
