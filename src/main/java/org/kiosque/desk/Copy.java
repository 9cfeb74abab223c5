package org.kiosque.desk;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One version of an article's text as the editor's form holds it: every field a person
 * writes, as plain strings (blank, never {@code null}), so that two versions can be
 * compared, diffed and merged field by field.
 *
 * @param headline the headline
 * @param standfirst the standfirst (chapeau), may be blank
 * @param body the body, CommonMark Markdown
 * @param section the section's slug, may be blank
 * @param tags tag names separated by commas, as typed
 * @param byline the byline, may be blank
 * @param source the agency code ({@code AFP}, {@code APS}), may be blank
 * @param slug the article's address word, may be blank (then derived from the headline)
 * @param description the description for search engines, may be blank
 */
public record Copy(String headline, String standfirst, String body, String section, String tags, String byline,
		String source, String slug, String description) {

	public Copy {
		headline = orBlank(headline);
		standfirst = orBlank(standfirst);
		body = orBlank(body);
		section = orBlank(section);
		tags = orBlank(tags);
		byline = orBlank(byline);
		source = orBlank(source);
		slug = orBlank(slug);
		description = orBlank(description);
	}

	/** The empty copy a new article starts from. */
	public static Copy blank() {
		return new Copy("", "", "", "", "", "", "", "", "");
	}

	/**
	 * The fields by their form names ({@code headline}, {@code standfirst}, {@code body},
	 * {@code section}, {@code tags}, {@code byline}, {@code source}, {@code slug},
	 * {@code description}), in the form's order.
	 */
	public Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("headline", headline);
		fields.put("standfirst", standfirst);
		fields.put("body", body);
		fields.put("section", section);
		fields.put("tags", tags);
		fields.put("byline", byline);
		fields.put("source", source);
		fields.put("slug", slug);
		fields.put("description", description);
		return fields;
	}

	/** The copy rebuilt from {@link #fields()}-shaped values; missing names are blank. */
	public static Copy of(Map<String, String> fields) {
		return new Copy(fields.get("headline"), fields.get("standfirst"), fields.get("body"), fields.get("section"),
				fields.get("tags"), fields.get("byline"), fields.get("source"), fields.get("slug"),
				fields.get("description"));
	}

	private static String orBlank(String value) {
		return value == null ? "" : value;
	}

}
