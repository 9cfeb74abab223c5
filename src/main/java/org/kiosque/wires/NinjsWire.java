package org.kiosque.wires;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.kiosque.ingest.DispatchImport;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * IPTC ninjs (News in JSON) 1.x, 2.x and 3.x: one item per file (or a JSON array of
 * items). Property names are matched whatever their case, since 3.x writes in camel case
 * what 1.x and 2.x write in lower case ({@code versionCreated}/{@code versioncreated}).
 * Read: {@code uri} (else Superdesk's {@code guid}), {@code version},
 * {@code versioncreated}, {@code firstcreated}, {@code pubstatus}, {@code embargoed},
 * {@code headline} or {@code headlines} (role main), {@code description_text}/
 * {@code description_html} or {@code descriptions} (role summary) as standfirst,
 * {@code body_html}/{@code body_text} or {@code bodies} (HTML first), {@code byline}/
 * {@code by}, {@code subject}/{@code subjects} names and {@code keywords},
 * {@code ednote}, {@code language}, {@code copyrightholder} (the agency and provider),
 * and picture {@code associations} (an object in 1.x/2.x, an array in 3.x).
 */
@Component
class NinjsWire implements WireFormat {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public String name() {
		return "ninjs";
	}

	@Override
	public boolean recognizes(String fileName, byte[] head) {
		String start = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
		return (start.startsWith("{") || start.startsWith("[")) && (fileName.toLowerCase(Locale.ROOT).endsWith(".json")
				|| start.contains("\"uri\"") || start.contains("\"guid\"") || start.contains("ninjs"));
	}

	@Override
	public List<WireItem> read(String fileName, byte[] bytes) throws WireRefused {
		if (bytes.length > WireXml.MAX_BYTES) {
			throw new WireRefused("too-large", WireXml.MAX_BYTES);
		}
		JsonNode root;
		try {
			root = JSON.readTree(bytes);
		}
		catch (JacksonException e) {
			String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
			throw new WireRefused("not-json", e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
					message.length() > 200 ? message.substring(0, 200) + "…" : message);
		}
		if (root == null || root.isMissingNode() || (!root.isObject() && !root.isArray())) {
			throw new WireRefused("not-format", "ninjs", root == null ? "" : root.getNodeType().toString());
		}
		List<WireItem> items = new ArrayList<>();
		for (JsonNode node : root.isArray() ? root.values() : List.of(root)) {
			if (!node.isObject()) {
				throw new WireRefused("not-format", "ninjs", node.getNodeType().toString());
			}
			items.add(item(node));
		}
		if (items.isEmpty()) {
			throw new WireRefused("empty");
		}
		return items;
	}

	private static WireItem item(JsonNode item) throws WireRefused {
		String type = text(item, "type");
		if (!type.isEmpty() && !type.equalsIgnoreCase("text") && !type.equalsIgnoreCase("composite")) {
			throw new WireRefused("not-text", type);
		}
		String guid = text(item, "uri");
		if (guid.isEmpty()) {
			guid = text(item, "guid");
		}
		if (guid.isEmpty()) {
			throw new WireRefused("no-guid");
		}
		String headline = text(item, "headline");
		if (headline.isEmpty()) {
			headline = plain(role(field(item, "headlines"), "main"));
		}
		if (headline.isEmpty()) {
			throw new WireRefused("no-headline");
		}
		String standfirst = text(item, "description_text");
		if (standfirst.isEmpty()) {
			standfirst = plain(text(item, "description_html"));
		}
		if (standfirst.isEmpty()) {
			standfirst = plain(role(field(item, "descriptions"), "summary"));
		}
		String holder = text(item, "copyrightholder");
		String byline = text(item, "byline");
		if (byline.isEmpty()) {
			byline = text(item, "by");
		}
		String language = text(item, "language");
		return new WireItem(provider(holder, guid), guid, WireDates.version(text(item, "version")),
				WireDates.instant(text(item, "versioncreated")), WireDates.status(text(item, "pubstatus")),
				WireDates.instant(text(item, "embargoed")), headline, standfirst, body(item), byline, holder,
				subjects(item), text(item, "ednote"), pictures(field(item, "associations")),
				language.isEmpty() ? null : language, WireDates.instant(text(item, "firstcreated")));
	}

	/** The body: HTML ({@code body_html}, an HTML body) before plain text. */
	private static String body(JsonNode item) {
		String html = text(item, "body_html");
		if (!html.isEmpty()) {
			return WireHtml.markdown(html);
		}
		String plain = text(item, "body_text");
		JsonNode bodies = field(item, "bodies");
		if (bodies != null && bodies.isArray()) {
			for (JsonNode body : bodies.values()) {
				String type = text(body, "contenttype").toLowerCase(Locale.ROOT);
				if (type.contains("html")) {
					return WireHtml.markdown(text(body, "value"));
				}
			}
			for (JsonNode body : bodies.values()) {
				String type = text(body, "contenttype").toLowerCase(Locale.ROOT);
				if (plain.isEmpty() && (type.isEmpty() || type.startsWith("text/plain"))) {
					plain = text(body, "value");
				}
			}
		}
		return plain.isEmpty() ? ""
				: DispatchImport.markdown(plain.lines().map(String::strip).filter(s -> !s.isEmpty()).toList());
	}

	private static List<String> subjects(JsonNode item) {
		List<String> subjects = new ArrayList<>();
		for (String key : List.of("subject", "subjects")) {
			JsonNode list = field(item, key);
			if (list != null && list.isArray()) {
				for (JsonNode subject : list.values()) {
					add(subjects, subject.isString() ? subject.stringValue() : text(subject, "name"));
				}
			}
		}
		JsonNode keywords = field(item, "keywords");
		if (keywords != null && keywords.isArray()) {
			for (JsonNode keyword : keywords.values()) {
				add(subjects, keyword.isString() ? keyword.stringValue() : text(keyword, "name"));
			}
		}
		return subjects;
	}

	private static void add(List<String> subjects, String name) {
		String stripped = name.strip();
		if (!stripped.isEmpty() && !subjects.contains(stripped)) {
			subjects.add(stripped);
		}
	}

	/** Picture associations, an object of named items (1.x, 2.x) or an array (3.x). */
	private static List<WirePicture> pictures(@Nullable JsonNode associations) {
		List<WirePicture> pictures = new ArrayList<>();
		if (associations == null || !(associations.isObject() || associations.isArray())) {
			return pictures;
		}
		for (JsonNode association : associations.values()) {
			String type = text(association, "type");
			String href = href(field(association, "renditions"));
			if (!href.isEmpty() && (type.isEmpty() || type.equalsIgnoreCase("picture")
					|| type.equalsIgnoreCase("graphic") || type.equalsIgnoreCase("image"))) {
				String caption = text(association, "description_text");
				if (caption.isEmpty()) {
					caption = plain(text(association, "caption"));
				}
				if (caption.isEmpty()) {
					caption = plain(role(field(association, "descriptions"), "caption"));
				}
				if (caption.isEmpty()) {
					caption = text(association, "headline");
				}
				pictures.add(new WirePicture(href, caption, credit(association)));
			}
		}
		return pictures;
	}

	/**
	 * {@code credit}, else the photographer and the holder: {@code Jean Dupont / AFP}.
	 */
	private static String credit(JsonNode picture) {
		String credit = text(picture, "credit");
		if (!credit.isEmpty()) {
			return credit;
		}
		String by = text(picture, "byline");
		if (by.isEmpty()) {
			by = text(picture, "by");
		}
		String holder = text(picture, "copyrightholder");
		if (by.isEmpty() || holder.isEmpty() || by.toLowerCase(Locale.ROOT).contains(holder.toLowerCase(Locale.ROOT))) {
			return by.isEmpty() ? holder : by;
		}
		return by + " / " + holder;
	}

	/** The rendition to bring in: {@code original}/{@code baseImage}, else the widest. */
	private static String href(@Nullable JsonNode renditions) {
		if (renditions == null) {
			return "";
		}
		String best = "";
		int bestWidth = -1;
		List<Map.Entry<String, JsonNode>> named = new ArrayList<>();
		if (renditions.isObject()) {
			named.addAll(renditions.properties());
		}
		else if (renditions.isArray()) {
			for (JsonNode rendition : renditions.values()) {
				named.add(Map.entry(text(rendition, "name"), rendition));
			}
		}
		for (Map.Entry<String, JsonNode> rendition : named) {
			String href = text(rendition.getValue(), "href");
			if (href.isEmpty()) {
				continue;
			}
			String name = rendition.getKey().toLowerCase(Locale.ROOT);
			if (name.equals("original") || name.equals("baseimage")) {
				return href;
			}
			JsonNode width = field(rendition.getValue(), "width");
			int pixels = width != null && width.isNumber() ? width.asInt() : 0;
			if (pixels > bestWidth) {
				best = href;
				bestWidth = pixels;
			}
		}
		return best;
	}

	/** The value of the entry of that role in a 2.x/3.x list, else the first entry's. */
	private static String role(@Nullable JsonNode list, String role) {
		if (list == null || !list.isArray() || list.isEmpty()) {
			return "";
		}
		for (JsonNode entry : list.values()) {
			if (text(entry, "role").toLowerCase(Locale.ROOT).endsWith(role)) {
				return value(entry);
			}
		}
		return value(list.values().iterator().next());
	}

	/** An entry's value, as plain text when its content type is HTML. */
	private static String value(JsonNode entry) {
		String value = text(entry, "value");
		return text(entry, "contenttype").contains("html") ? plain(value) : value;
	}

	private static String plain(String html) {
		return org.jsoup.Jsoup.parseBodyFragment(html).text();
	}

	/** A property whatever its case, {@code null} when absent or JSON null. */
	private static @Nullable JsonNode field(JsonNode node, String name) {
		if (!node.isObject()) {
			return null;
		}
		for (Map.Entry<String, JsonNode> property : node.properties()) {
			if (property.getKey().equalsIgnoreCase(name) && !property.getValue().isNull()) {
				return property.getValue();
			}
		}
		return null;
	}

	/** A property's text (a string, or a number as written), blank when none. */
	private static String text(JsonNode node, String name) {
		JsonNode value = field(node, name);
		if (value == null) {
			return "";
		}
		return value.isString() ? value.stringValue().strip() : value.isValueNode() ? value.asString().strip() : "";
	}

	/**
	 * The copyright holder ({@code afp}), else the authority of the {@code uri}
	 * ({@code tt.se}, {@code dpa.com} of {@code urn:newsml:dpa.com:…}).
	 */
	private static String provider(String holder, String guid) {
		if (!holder.isEmpty()) {
			return holder.toLowerCase(Locale.ROOT);
		}
		if (guid.startsWith("urn:newsml:")) {
			String[] parts = guid.split(":");
			return parts.length > 2 ? parts[2] : "ninjs";
		}
		try {
			String host = URI.create(guid).getHost();
			return host == null ? "ninjs" : host;
		}
		catch (IllegalArgumentException e) {
			return "ninjs";
		}
	}

}
