package org.kiosque.settings;

/**
 * One setting as the page shows it.
 *
 * @param field the form field
 * @param savedAs the name a reset sends
 * @param label its label
 * @param value the value shown (in force, or as typed after a refusal)
 * @param defaultValue the properties' value
 * @param saved whether a value was saved here
 * @param origin where the value in force comes from, in words
 */
public record SettingRow(String field, String savedAs, String label, String value, String defaultValue, boolean saved,
		String origin) {
}
