package org.kiosque.wires;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * A small agency format of the tests' own ({@code .tw} files), so that sources, identity,
 * versions and withdrawals are tested whatever formats the node has: items separated by a
 * line {@code ==}, each a few {@code key: value} lines, a line {@code --}, then the body.
 * Keys: provider, guid, version, created, status, embargo, headline, standfirst, byline,
 * agency, subjects, note, picture ({@code file|caption|credit}).
 */
@Component
class TestWireFormat implements WireFormat {

	@Override
	public String name() {
		return "test-wire";
	}

	@Override
	public boolean recognizes(String fileName, byte[] head) {
		return fileName.endsWith(".tw");
	}

	@Override
	public List<WireItem> read(String fileName, byte[] bytes) throws WireRefused {
		String text = new String(bytes, StandardCharsets.UTF_8);
		List<WireItem> items = new ArrayList<>();
		for (String part : text.split("\n==\n")) {
			if (part.isBlank()) {
				continue;
			}
			int cut = part.indexOf("\n--\n");
			if (cut < 0) {
				throw new WireRefused("not-test-wire");
			}
			Map<String, String> keys = new LinkedHashMap<>();
			for (String line : part.substring(0, cut).split("\n")) {
				int colon = line.indexOf(':');
				if (colon > 0) {
					keys.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
				}
			}
			if (keys.getOrDefault("headline", "").isBlank()) {
				throw new WireRefused("no-headline");
			}
			if (keys.getOrDefault("guid", "").isBlank()) {
				throw new WireRefused("no-guid");
			}
			List<WirePicture> pictures = new ArrayList<>();
			if (keys.containsKey("picture")) {
				String[] p = keys.get("picture").split("\\|", -1);
				pictures.add(new WirePicture(p[0], p.length > 1 ? p[1] : "", p.length > 2 ? p[2] : ""));
			}
			items.add(new WireItem(keys.getOrDefault("provider", "test"), keys.get("guid"),
					Integer.parseInt(keys.getOrDefault("version", "0")), instant(keys.get("created")),
					WireStatus.valueOf(keys.getOrDefault("status", "usable").toUpperCase()),
					instant(keys.get("embargo")), keys.get("headline"), keys.getOrDefault("standfirst", ""),
					part.substring(cut + 4), keys.getOrDefault("byline", ""), keys.getOrDefault("agency", ""),
					keys.containsKey("subjects")
							? Arrays.stream(keys.get("subjects").split(",")).map(String::strip).toList() : List.of(),
					keys.getOrDefault("note", ""), pictures, "fr", null));
		}
		return items;
	}

	private static Instant instant(String text) {
		return text == null || text.isBlank() ? null : Instant.parse(text);
	}

}
