package org.kiosque.wires;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.kiosque.ingest.DispatchImport;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import static org.kiosque.wires.WireXml.attribute;
import static org.kiosque.wires.WireXml.child;
import static org.kiosque.wires.WireXml.children;
import static org.kiosque.wires.WireXml.descendants;
import static org.kiosque.wires.WireXml.local;
import static org.kiosque.wires.WireXml.text;

/**
 * IPTC NewsML-G2 (2.x) news items: a {@code newsItem} file, or a {@code newsMessage}
 * whose {@code itemSet} holds several. Text items ({@code itemClass ninat:text}) become
 * items; picture items ({@code ninat:picture}) become the pictures of the text items that
 * {@code link} to their GUID (or of the message's only text item); other classes are
 * ignored. What is read is listed in docs/wires.md.
 */
@Component
class NewsMlWire implements WireFormat {

	@Override
	public String name() {
		return "NewsML-G2";
	}

	@Override
	public boolean recognizes(String fileName, byte[] head) {
		String root = WireXml.rootName(head);
		return root.equals("newsItem") || root.equals("newsMessage");
	}

	@Override
	public List<WireItem> read(String fileName, byte[] bytes) throws WireRefused {
		Document document = WireXml.parse(bytes);
		Element root = document.getDocumentElement();
		List<Element> newsItems = switch (local(root)) {
			case "newsItem" -> List.of(root);
			case "newsMessage" -> descendants(root, "newsItem");
			default -> throw new WireRefused("not-format", "NewsML-G2", local(root));
		};
		Map<String, WirePicture> pictures = new LinkedHashMap<>();
		List<Element> texts = new ArrayList<>();
		for (Element newsItem : newsItems) {
			String itemClass = attribute(child(child(newsItem, "itemMeta"), "itemClass"), "qcode");
			if (itemClass.endsWith(":picture") || itemClass.endsWith(":graphic")) {
				WirePicture picture = picture(newsItem);
				if (picture != null) {
					pictures.put(attribute(newsItem, "guid"), picture);
				}
			}
			else if (itemClass.isEmpty() || itemClass.endsWith(":text")) {
				texts.add(newsItem);
			}
		}
		if (texts.isEmpty()) {
			throw new WireRefused("empty");
		}
		List<WireItem> items = new ArrayList<>();
		for (Element text : texts) {
			items.add(item(text, pictures, texts.size() == 1));
		}
		return items;
	}

	private static WireItem item(Element newsItem, Map<String, WirePicture> pictureItems, boolean onlyText)
			throws WireRefused {
		Element itemMeta = child(newsItem, "itemMeta");
		Element contentMeta = child(newsItem, "contentMeta");
		String guid = attribute(newsItem, "guid");
		if (guid.isEmpty()) {
			throw new WireRefused("no-guid");
		}
		Body body = body(child(newsItem, "contentSet"));
		String headline = headline(contentMeta);
		if (headline.isEmpty()) {
			headline = body.headline();
		}
		if (headline.isEmpty()) {
			throw new WireRefused("no-headline");
		}
		String standfirst = description(contentMeta, "summary");
		if (standfirst.isEmpty()) {
			standfirst = body.standfirst();
		}
		String byline = children(contentMeta, "by").stream()
			.map(WireXml::text)
			.filter(s -> !s.isEmpty())
			.collect(Collectors.joining(", "));
		if (byline.isEmpty()) {
			byline = body.byline();
		}
		Element provider = child(itemMeta, "provider");
		String providerName = firstOf(attribute(provider, "qcode"), attribute(provider, "literal"),
				attribute(provider, "uri"), text(child(provider, "name")));
		String agency = code(firstOf(attribute(provider, "literal"), attribute(provider, "qcode"),
				text(child(child(child(newsItem, "rightsInfo"), "copyrightHolder"), "name")),
				text(child(contentMeta, "creditline"))));
		List<WirePicture> pictures = new ArrayList<>();
		for (Element link : children(itemMeta, "link")) {
			String residref = attribute(link, "residref");
			if (pictureItems.containsKey(residref)) {
				pictures.add(pictureItems.get(residref));
			}
			else if (attribute(link, "contenttype").startsWith("image/") && !attribute(link, "href").isEmpty()) {
				pictures.add(new WirePicture(attribute(link, "href"), text(child(link, "title")), ""));
			}
		}
		if (pictures.isEmpty() && onlyText) {
			pictures.addAll(pictureItems.values());
		}
		pictures.addAll(body.pictures().stream().filter(p -> !pictures.contains(p)).toList());
		String language = attribute(child(contentMeta, "language"), "tag");
		if (language.isEmpty()) {
			language = attribute(newsItem, "xml:lang");
		}
		return new WireItem(providerName.isEmpty() ? "newsml" : providerName, guid,
				WireDates.version(attribute(newsItem, "version")),
				WireDates.instant(text(child(itemMeta, "versionCreated"))),
				WireDates.status(attribute(child(itemMeta, "pubStatus"), "qcode")),
				WireDates.instant(text(child(itemMeta, "embargoed"))), headline, standfirst, body.markdown(), byline,
				agency, subjects(contentMeta, language), note(itemMeta), pictures, language.isEmpty() ? null : language,
				WireDates.instant(text(child(itemMeta, "firstCreated"))));
	}

	/**
	 * The text of a story as its first {@code inlineXML} or {@code inlineData} holds it.
	 */
	private record Body(String markdown, String headline, String standfirst, String byline,
			List<WirePicture> pictures) {
	}

	private static Body body(@Nullable Element contentSet) throws WireRefused {
		for (Element content : children(contentSet, "inlineXML", "inlineData")) {
			String type = attribute(content, "contenttype").toLowerCase(java.util.Locale.ROOT);
			if (local(content).equals("inlineData")) {
				if (type.isEmpty() || type.startsWith("text/plain")) {
					List<String> paragraphs = text(content).isEmpty() ? List.of()
							: List.of(content.getTextContent().strip().split("\\R\\s*\\R|\\R"));
					return new Body(DispatchImport.markdown(paragraphs.stream().map(String::strip).toList()), "", "",
							"", List.of());
				}
				continue;
			}
			Element nitf = child(content, "nitf");
			if (nitf != null) {
				NitfStory story = NitfStory.of(nitf);
				return new Body(story.body(), story.headline(), story.standfirst(), story.byline(), story.pictures());
			}
			Element html = child(content, "html");
			Element xhtmlBody = html == null ? null : child(html, "body");
			if (xhtmlBody != null) {
				return new Body(WireHtml.markdown(xhtmlBody), "", "", "", List.of());
			}
			if (!children(content).isEmpty()) {
				throw new WireRefused("unknown-content", type.isEmpty() ? local(children(content).getFirst()) : type);
			}
		}
		return new Body("", "", "", "", List.of());
	}

	private static @Nullable WirePicture picture(Element newsItem) {
		Element contentMeta = child(newsItem, "contentMeta");
		String href = "";
		for (Element remote : children(child(newsItem, "contentSet"), "remoteContent")) {
			if (href.isEmpty() || attribute(remote, "rendition").endsWith("highRes")) {
				href = firstOf(attribute(remote, "href"), attribute(remote, "residref"));
			}
		}
		if (href.isEmpty()) {
			return null;
		}
		String caption = description(contentMeta, "caption");
		if (caption.isEmpty()) {
			caption = headline(contentMeta);
		}
		String credit = firstOf(text(child(contentMeta, "creditline")), text(child(contentMeta, "by")));
		return new WirePicture(href, caption, credit);
	}

	/**
	 * The main headline: one without a role or with a {@code main} role, else the first.
	 */
	private static String headline(@Nullable Element contentMeta) {
		List<Element> headlines = children(contentMeta, "headline");
		for (Element headline : headlines) {
			String role = attribute(headline, "role");
			if (role.isEmpty() || role.endsWith("main")) {
				return text(headline);
			}
		}
		return headlines.isEmpty() ? "" : text(headlines.getFirst());
	}

	/**
	 * A {@code description} of that role ({@code drol:summary}), else one without a role.
	 */
	private static String description(@Nullable Element contentMeta, String role) {
		String unroled = "";
		for (Element description : children(contentMeta, "description")) {
			String its = attribute(description, "role");
			if (its.endsWith(role)) {
				return text(description);
			}
			if (its.isEmpty() && unroled.isEmpty()) {
				unroled = text(description);
			}
		}
		return unroled;
	}

	/** Subject names (in the item's language when several) then keywords, once each. */
	private static List<String> subjects(@Nullable Element contentMeta, String language) {
		List<String> subjects = new ArrayList<>();
		for (Element subject : children(contentMeta, "subject")) {
			String chosen = "";
			for (Element name : children(subject, "name")) {
				String lang = attribute(name, "xml:lang");
				if (chosen.isEmpty() || (!language.isEmpty() && lang.startsWith(language))) {
					chosen = text(name);
				}
			}
			if (!chosen.isEmpty() && !subjects.contains(chosen)) {
				subjects.add(chosen);
			}
		}
		for (Element keyword : children(contentMeta, "keyword")) {
			String word = text(keyword);
			if (!word.isEmpty() && !subjects.contains(word)) {
				subjects.add(word);
			}
		}
		return subjects;
	}

	private static String note(@Nullable Element itemMeta) {
		return children(itemMeta, "edNote").stream()
			.map(WireXml::text)
			.filter(s -> !s.isEmpty())
			.collect(Collectors.joining(" "));
	}

	/** {@code nprov:AFP} as printed between brackets: {@code AFP}. */
	private static String code(String name) {
		return name.substring(name.indexOf(':') + 1).strip();
	}

	private static String firstOf(String... values) {
		for (String value : values) {
			if (!value.isEmpty()) {
				return value;
			}
		}
		return "";
	}

}
