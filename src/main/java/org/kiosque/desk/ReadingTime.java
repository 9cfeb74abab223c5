package org.kiosque.desk;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long an article is: its words and the minutes they take to read, as the editor
 * shows them (and {@code static/js/desk.js} recounts while typing, with the same rule). A
 * word is a run of letters or digits, so Markdown's marks count for nothing and
 * {@code l’État} is two words, as a French reader counts it.
 *
 * @param words the words of the standfirst and the body
 * @param minutes the reading time, rounded up; 0 for no words at all
 */
record ReadingTime(int words, int minutes) {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	/** The words of {@code copy}'s standfirst and body, at {@code wordsPerMinute}. */
	static ReadingTime of(Copy copy, int wordsPerMinute) {
		int words = count(copy.standfirst()) + count(copy.body());
		return new ReadingTime(words, (words + wordsPerMinute - 1) / wordsPerMinute);
	}

	static int count(String text) {
		Matcher m = WORD.matcher(text);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}

}
