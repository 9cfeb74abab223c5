package org.kiosque.wires;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import static org.kiosque.wires.WireXml.attribute;
import static org.kiosque.wires.WireXml.child;
import static org.kiosque.wires.WireXml.children;
import static org.kiosque.wires.WireXml.descendants;
import static org.kiosque.wires.WireXml.text;

/**
 * IPTC NITF 3.x documents ({@code <nitf>}), one item per file. Read from
 * {@code head/docdata}: {@code doc-id@id-string} (the GUID), {@code du-key@version},
 * {@code management-status} (usable, embargoed, withheld, canceled),
 * {@code date.issue@norm} (the version's time), {@code date.release@norm} (an embargo
 * when later than the issue), a {@code <meta name="embargo">} in {@code head},
 * {@code doc.copyright@holder} (the agency and provider), {@code ed-msg@info} (the
 * editor's note), {@code key-list/keyword@key}; from {@code body} see {@link NitfStory}.
 */
@Component
class NitfWire implements WireFormat {

	@Override
	public String name() {
		return "NITF";
	}

	@Override
	public boolean recognizes(String fileName, byte[] head) {
		return WireXml.rootName(head).equals("nitf");
	}

	@Override
	public List<WireItem> read(String fileName, byte[] bytes) throws WireRefused {
		Document document = WireXml.parse(bytes);
		Element nitf = document.getDocumentElement();
		if (!WireXml.local(nitf).equals("nitf")) {
			throw new WireRefused("not-format", "NITF", WireXml.local(nitf));
		}
		return List.of(item(nitf));
	}

	static WireItem item(Element nitf) throws WireRefused {
		Element head = child(nitf, "head");
		Element docdata = child(head, "docdata");
		String guid = attribute(child(docdata, "doc-id"), "id-string");
		if (guid.isEmpty()) {
			throw new WireRefused("no-guid");
		}
		NitfStory story = NitfStory.of(nitf);
		String headline = story.headline().isEmpty() ? text(child(head, "title")) : story.headline();
		if (headline.isEmpty()) {
			throw new WireRefused("no-headline");
		}
		WireStatus status = WireDates.status(attribute(docdata, "management-status"));
		Instant issued = WireDates.instant(attribute(child(docdata, "date.issue"), "norm"));
		Instant released = WireDates.instant(attribute(child(docdata, "date.release"), "norm"));
		Instant embargo = meta(head, "embargo") == null ? null : WireDates.instant(meta(head, "embargo"));
		if (embargo == null && released != null && (issued == null || released.isAfter(issued)
				|| "embargoed".equalsIgnoreCase(attribute(docdata, "management-status")))) {
			embargo = released;
		}
		String holder = attribute(child(docdata, "doc.copyright"), "holder");
		List<String> subjects = new ArrayList<>();
		for (Element keyword : descendants(child(docdata, "key-list"), "keyword")) {
			String key = attribute(keyword, "key");
			if (!key.isEmpty() && !subjects.contains(key)) {
				subjects.add(key);
			}
		}
		String note = String.join(" ",
				children(docdata, "ed-msg").stream().map(m -> attribute(m, "info")).filter(s -> !s.isEmpty()).toList());
		String language = attribute(child(nitf, "body"), "xml:lang");
		if (language.isEmpty()) {
			language = attribute(nitf, "xml:lang");
		}
		return new WireItem(holder.isEmpty() ? "nitf" : holder.toLowerCase(Locale.ROOT), guid,
				WireDates.version(attribute(child(docdata, "du-key"), "version")), issued, status, embargo, headline,
				story.standfirst(), story.body(), story.byline(), holder, subjects, note, story.pictures(),
				language.isEmpty() ? null : language, null);
	}

	private static @Nullable String meta(@Nullable Element head, String name) {
		for (Element meta : children(head, "meta")) {
			if (attribute(meta, "name").equalsIgnoreCase(name)) {
				return attribute(meta, "content");
			}
		}
		return null;
	}

}
