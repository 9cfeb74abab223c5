package org.kiosque.wires;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.w3c.dom.Element;

import static org.kiosque.wires.WireXml.attribute;
import static org.kiosque.wires.WireXml.child;
import static org.kiosque.wires.WireXml.children;
import static org.kiosque.wires.WireXml.descendants;
import static org.kiosque.wires.WireXml.text;

/**
 * The story part of an NITF 3.x document ({@code body}), whether a file of its own or
 * inside a NewsML-G2 {@code inlineXML}: headline {@code hl1}, standfirst {@code hl2} (or
 * the {@code abstract}), byline, {@code body.content} as Markdown, and the pictures of
 * its {@code media} elements (IPTC NITF 3.6, §body).
 *
 * @param headline {@code body.head/hedline/hl1}, blank when none
 * @param standfirst {@code hedline/hl2}, else {@code abstract}, blank when none
 * @param byline the {@code byline}s' text, joined
 * @param body {@code body.content} as Markdown, the pictures taken out
 * @param pictures the image {@code media}: {@code media-reference@source},
 * {@code media-caption}, {@code media-producer}
 */
record NitfStory(String headline, String standfirst, String byline, String body, List<WirePicture> pictures) {

	/** Reads the {@code body} of an {@code nitf} element; blanks for a missing body. */
	static NitfStory of(Element nitf) {
		Element body = child(nitf, "body");
		Element head = child(body, "body.head");
		Element hedline = child(head, "hedline");
		String standfirst = text(child(hedline, "hl2"));
		if (standfirst.isEmpty()) {
			standfirst = text(child(head, "abstract"));
		}
		String byline = children(head, "byline").stream()
			.map(WireXml::text)
			.filter(s -> !s.isEmpty())
			.collect(Collectors.joining(", "));
		List<WirePicture> pictures = new ArrayList<>();
		Element content = child(body, "body.content");
		String markdown = "";
		if (content != null) {
			Element copy = (Element) content.cloneNode(true);
			for (Element media : descendants(copy, "media")) {
				String type = attribute(media, "media-type");
				Element reference = child(media, "media-reference");
				String source = attribute(reference, "source");
				if (source.isEmpty()) {
					source = attribute(reference, "data-location");
				}
				if ((type.isEmpty() || type.equalsIgnoreCase("image") || type.equalsIgnoreCase("photo")
						|| attribute(reference, "mime-type").startsWith("image/")) && !source.isEmpty()) {
					pictures.add(new WirePicture(source, text(child(media, "media-caption")),
							text(child(media, "media-producer"))));
				}
				media.getParentNode().removeChild(media);
			}
			markdown = WireHtml.markdown(copy);
		}
		return new NitfStory(text(child(hedline, "hl1")), standfirst, byline, markdown, pictures);
	}

}
