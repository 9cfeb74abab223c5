package org.kiosque.desk;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a headline gets cut short, as the editor warns (the figures and their sources are
 * in {@code docs/desk.md}):
 * <ul>
 * <li>{@value #SEARCH} characters: search engines' result titles, about 600 pixels wide,
 * show 50 to 60 characters;</li>
 * <li>{@value #SOCIAL} characters: the title of a link's card on X (formerly Twitter),
 * which its card markup limits to 70;</li>
 * <li>{@value #STRUCTURED} characters: Google's news article structured data, whose
 * {@code headline} was to stay within 110.</li>
 * </ul>
 *
 * @param length the headline's length in characters (code points)
 * @param warnings message keys of the limits it goes past, shortest first
 */
record HeadlineLength(int length, List<String> warnings) {

	static final int SEARCH = 60;

	static final int SOCIAL = 70;

	static final int STRUCTURED = 110;

	static HeadlineLength of(String headline) {
		String h = headline.strip();
		int length = h.codePointCount(0, h.length());
		List<String> warnings = new ArrayList<>();
		if (length > SEARCH) {
			warnings.add("desk.headline.search");
		}
		if (length > SOCIAL) {
			warnings.add("desk.headline.social");
		}
		if (length > STRUCTURED) {
			warnings.add("desk.headline.structured");
		}
		return new HeadlineLength(length, List.copyOf(warnings));
	}

}
