package org.kiosque.api;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.kiosque.desk.Copy;
import org.kiosque.desk.LeadPicture;
import org.kiosque.site.CleanText;
import tools.jackson.databind.JsonNode;

/**
 * What a request body says about an article, field by field: only the fields it names (a
 * {@code PATCH} changes those and leaves the rest, RFC 7396 style: {@code null} empties a
 * field). Read-only fields sent back ({@code id}, {@code url}, {@code revision},
 * {@code publishedAt}) are ignored; unknown ones are refused (422), so that a typo never
 * passes for a change.
 *
 * @param copy the text fields given, by {@link Copy#fields()} name (tags joined with
 * commas, as the editor's form holds them)
 * @param lead the lead picture part; {@code null} when {@code image} was not given
 * @param status the status asked for, {@code null} when not given
 * @param publishAt the publication time asked for, ISO local date-time in the site's zone
 * (as the desk reads it), or as typed when it could not be read
 * @param correction the correction to print at a published article's foot, blank for none
 * @param minor whether a change to a published article is a minor fix (no visible update)
 * @param errors the fields of the wrong type or unknown, each with the message key of
 * what is wrong (such a field is left out of the others)
 */
record ArticleFields(Map<String, String> copy, @Nullable LeadPicture lead, @Nullable String status,
		@Nullable String publishAt, String correction, boolean minor, Map<String, String> errors) {

	private static final Set<String> TEXT = Set.of("headline", "standfirst", "body", "section", "byline", "source",
			"slug", "description");

	private static final Set<String> IGNORED = Set.of("id", "url", "revision", "publishedAt");

	/**
	 * Reads {@code body}, keeping its faults in {@link #errors()} for the caller to
	 * answer with the desk's own (one 422 for all of them).
	 * @throws AdminProblem 400 when the body is not a JSON object
	 */
	static ArticleFields read(@Nullable JsonNode body, ZoneId zone) {
		if (body == null || !body.isObject()) {
			throw new AdminProblem(400, "api.admin.problem.object");
		}
		Map<String, String> copy = new LinkedHashMap<>();
		Map<String, String> errors = new LinkedHashMap<>();
		LeadPicture lead = null;
		String status = null;
		String publishAt = null;
		String correction = "";
		boolean minor = false;
		for (Map.Entry<String, JsonNode> field : body.properties()) {
			String name = field.getKey();
			JsonNode value = field.getValue();
			if (TEXT.contains(name)) {
				if (value.isNull()) {
					copy.put(name, "");
				}
				else if (value.isString()) {
					copy.put(name, clean(value.stringValue()));
				}
				else {
					errors.put(name, "api.admin.problem.field.text");
				}
			}
			else if ("tags".equals(name)) {
				List<String> tags = new ArrayList<>();
				if (value.isArray()) {
					for (JsonNode tag : value.values()) {
						if (tag.isString()) {
							tags.add(clean(tag.stringValue()).strip());
						}
						else {
							errors.put(name, "api.admin.problem.field.tags");
						}
					}
					copy.put(name, String.join(", ", tags));
				}
				else if (value.isNull()) {
					copy.put(name, "");
				}
				else {
					errors.put(name, "api.admin.problem.field.tags");
				}
			}
			else if ("image".equals(name)) {
				if (value.isNull()) {
					lead = new LeadPicture("", "", "", "", "", null);
				}
				else if (value.isObject()) {
					lead = lead(value, errors);
				}
				else {
					errors.put(name, "api.admin.problem.field.image");
				}
			}
			else if ("status".equals(name)) {
				if (value.isString()) {
					status = value.stringValue().strip();
				}
				else {
					errors.put(name, "api.admin.problem.field.status");
				}
			}
			else if ("publishAt".equals(name)) {
				if (value.isString()) {
					publishAt = local(value.stringValue().strip(), zone);
				}
				else if (!value.isNull()) {
					errors.put(name, "api.admin.problem.field.publish-at");
				}
			}
			else if ("correction".equals(name)) {
				if (value.isString()) {
					correction = clean(value.stringValue()).strip();
				}
				else if (!value.isNull()) {
					errors.put(name, "api.admin.problem.field.text");
				}
			}
			else if ("minor".equals(name)) {
				if (value.isBoolean()) {
					minor = value.booleanValue();
				}
				else {
					errors.put(name, "api.admin.problem.field.boolean");
				}
			}
			else if (!IGNORED.contains(name)) {
				errors.put(name, "api.admin.problem.field.unknown");
			}
		}
		return new ArticleFields(copy, lead, status, publishAt, correction, minor, errors);
	}

	/** {@code base} with the fields given here. */
	Copy over(Copy base) {
		Map<String, String> fields = base.fields();
		fields.putAll(copy);
		return Copy.of(fields);
	}

	/**
	 * An ISO-8601 time with an offset ({@code 2026-12-01T08:30:00+01:00}, {@code …Z}) as
	 * the site's local time; a local time as it is; anything else as typed, for the desk
	 * to refuse in its words.
	 */
	static String local(String text, ZoneId zone) {
		try {
			return OffsetDateTime.parse(text).atZoneSameInstant(zone).toLocalDateTime().toString();
		}
		catch (DateTimeException e) {
			return text;
		}
	}

	private static LeadPicture lead(JsonNode image, Map<String, String> errors) {
		JsonNode id = image.get("id");
		String picture = "";
		if (id != null && !id.isNull()) {
			if (id.isIntegralNumber()) {
				picture = String.valueOf(id.longValue());
			}
			else {
				errors.put("image.id", "api.admin.problem.field.number");
			}
		}
		String x = "";
		String y = "";
		JsonNode focus = image.get("focalPoint");
		if (focus != null && !focus.isNull()) {
			JsonNode fx = focus.get("x");
			JsonNode fy = focus.get("y");
			if (focus.isObject() && fx != null && fy != null && fx.canConvertToInt() && fy.canConvertToInt()) {
				x = String.valueOf(fx.intValue());
				y = String.valueOf(fy.intValue());
			}
			else {
				errors.put("image.focalPoint", "api.admin.problem.field.focus");
			}
		}
		return new LeadPicture(picture, text(image, "caption", errors), text(image, "credit", errors), x, y, null);
	}

	private static String text(JsonNode object, String name, Map<String, String> errors) {
		JsonNode value = object.get(name);
		if (value == null || value.isNull()) {
			return "";
		}
		if (!value.isString()) {
			errors.put("image." + name, "api.admin.problem.field.text");
			return "";
		}
		return clean(value.stringValue());
	}

	/** As every JSON string the site reads (see {@code web/CleanJson}). */
	private static String clean(String text) {
		return CleanText.lines(text);
	}

}
