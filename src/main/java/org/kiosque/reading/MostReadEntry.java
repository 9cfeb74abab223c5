package org.kiosque.reading;

/**
 * A line of the {@code Les plus lus} box, as the page prints it.
 *
 * @param headline the article's headline
 * @param path the article's page
 * @param reads its reads in the period with their word, written the site's way
 * ({@code 1 lecture}, {@code 1 204 lectures})
 */
public record MostReadEntry(String headline, String path, String reads) {
}
