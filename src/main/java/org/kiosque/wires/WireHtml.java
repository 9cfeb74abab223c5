package org.kiosque.wires;

import java.util.Map;

import org.kiosque.ingest.HtmlCopy;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Story markup inside agency XML (NITF {@code body.content}, XHTML in NewsML-G2's
 * {@code inlineXML}) as Markdown. The DOM is copied node by node into HTML rather than
 * printed as XML and parsed again, so that an empty {@code <a name="x"/>} stays empty;
 * NITF's own elements take their HTML names ({@code hl2} a subhead, {@code bq} a quote).
 */
final class WireHtml {

	/** NITF 3.x body elements and the HTML that says the same. */
	private static final Map<String, String> NITF_TO_HTML = Map.of("hl1", "h2", "hl2", "h2", "bq", "blockquote",
			"block", "div", "credit", "p", "dl", "dl", "nitf-table", "div", "br", "br");

	private WireHtml() {
	}

	/** The Markdown of an XML element's content (the element itself left out). */
	static String markdown(Element container) {
		org.jsoup.nodes.Element root = new org.jsoup.nodes.Element("div");
		copy(container, root);
		return HtmlCopy.markdown(root.html()).markdown();
	}

	/** The Markdown of an HTML string (ninjs {@code body_html}, a feed's content). */
	static String markdown(String html) {
		return HtmlCopy.markdown(html).markdown();
	}

	private static void copy(Node from, org.jsoup.nodes.Element to) {
		for (Node node = from.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element) {
				String name = WireXml.local(element).toLowerCase(java.util.Locale.ROOT);
				org.jsoup.nodes.Element copy = to.appendElement(NITF_TO_HTML.getOrDefault(name, name));
				NamedNodeMap attributes = element.getAttributes();
				for (int i = 0; i < attributes.getLength(); i++) {
					Attr attribute = (Attr) attributes.item(i);
					String attributeName = attribute.getLocalName() == null ? attribute.getName()
							: attribute.getLocalName();
					if (!"xmlns".equals(attribute.getPrefix()) && !"xmlns".equals(attributeName)) {
						copy.attr(attributeName, attribute.getValue());
					}
				}
				copy(element, copy);
			}
			else if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
				to.appendText(node.getNodeValue());
			}
		}
	}

}
