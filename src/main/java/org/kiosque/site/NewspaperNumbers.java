package org.kiosque.site;

import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Counts the way the site's language writes them: {@code 1 204} in French, {@code 1,204}
 * in English.
 */
@Component
public class NewspaperNumbers {

	private final SiteSettings site;

	/** The grouping separator by language (the language may change, see SiteSettings). */
	private final Map<Locale, Character> groupings = new ConcurrentHashMap<>();

	public NewspaperNumbers(SiteSettings site) {
		this.site = site;
	}

	/**
	 * Runs on every article view, copies included: groups the digits by three with the
	 * language's separator (what NumberFormat does for French and English) rather than
	 * making a NumberFormat, which is not thread-safe, each time.
	 */
	public String count(long n) {
		if (n < 0) {
			return NumberFormat.getIntegerInstance(site.locale()).format(n);
		}
		String digits = Long.toString(n);
		if (digits.length() <= 3) {
			return digits;
		}
		char grouping = groupings.computeIfAbsent(site.locale(),
				locale -> DecimalFormatSymbols.getInstance(locale).getGroupingSeparator());
		StringBuilder text = new StringBuilder(digits.length() + digits.length() / 3);
		int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
		text.append(digits, 0, first);
		for (int i = first; i < digits.length(); i += 3) {
			text.append(grouping).append(digits, i, i + 3);
		}
		return text.toString();
	}

}
