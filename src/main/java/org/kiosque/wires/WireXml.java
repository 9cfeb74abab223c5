package org.kiosque.wires;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Agency XML read safely. A file that declares any entity or element in a DTD is refused
 * before anything is expanded (XXE, billion laughs: OWASP's XML External Entity
 * Prevention Cheat Sheet); an external DTD named by a plain {@code <!DOCTYPE nitf SYSTEM
 * "nitf-3-6.dtd">}, as NITF files often carry, is never fetched; nothing is ever read
 * from the network or the disk; a file over {@link #MAX_BYTES} is refused unread.
 */
final class WireXml {

	/** Larger than any agency item or message; a bigger file is not one. */
	static final int MAX_BYTES = 10 * 1024 * 1024;

	private WireXml() {
	}

	/**
	 * Parses a whole file into a namespace-aware DOM.
	 * @throws WireRefused {@code too-large}, {@code dtd} (an entity or a DTD
	 * declaration), {@code not-xml} (with the line and the parser's reason)
	 */
	static Document parse(byte[] bytes) throws WireRefused {
		if (bytes.length > MAX_BYTES) {
			throw new WireRefused("too-large", MAX_BYTES);
		}
		if (bytes.length == 0) {
			throw new WireRefused("empty");
		}
		declarationsCheck(bytes);
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(QUIET);
			builder.setEntityResolver((publicId, systemId) -> new InputSource(new ByteArrayInputStream(new byte[0])));
			return builder.parse(new ByteArrayInputStream(bytes));
		}
		catch (SAXParseException e) {
			throw new WireRefused("not-xml", e.getLineNumber(), reason(e));
		}
		catch (SAXException | IOException e) {
			throw new WireRefused("not-xml", 0, reason(e));
		}
		catch (ParserConfigurationException e) {
			throw new IllegalStateException("The JDK's parser has these features", e);
		}
	}

	/**
	 * A first streaming pass that stops at the first declaration of a DTD's internal
	 * subset, before the parser expands anything.
	 */
	private static void declarationsCheck(byte[] bytes) throws WireRefused {
		DefaultHandler2 handler = new DefaultHandler2() {

			@Override
			public void internalEntityDecl(String name, String value) throws SAXException {
				throw new Declared();
			}

			@Override
			public void externalEntityDecl(String name, String publicId, String systemId) throws SAXException {
				throw new Declared();
			}

			@Override
			public void elementDecl(String name, String model) throws SAXException {
				throw new Declared();
			}

			@Override
			public void attributeDecl(String eName, String aName, String type, String mode, String value)
					throws SAXException {
				throw new Declared();
			}

			@Override
			public InputSource resolveEntity(String name, String publicId, String baseURI, String systemId) {
				return new InputSource(new ByteArrayInputStream(new byte[0]));
			}

			@Override
			public void error(SAXParseException e) {
			}

			@Override
			public void warning(SAXParseException e) {
			}

		};
		try {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setXIncludeAware(false);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			SAXParser parser = factory.newSAXParser();
			parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			parser.setProperty("http://xml.org/sax/properties/declaration-handler", handler);
			parser.setProperty("http://xml.org/sax/properties/lexical-handler", handler);
			parser.parse(new ByteArrayInputStream(bytes), handler);
		}
		catch (Declared e) {
			throw new WireRefused("dtd");
		}
		catch (SAXParseException e) {
			throw new WireRefused("not-xml", e.getLineNumber(), reason(e));
		}
		catch (SAXException | IOException e) {
			throw new WireRefused("not-xml", 0, reason(e));
		}
		catch (ParserConfigurationException e) {
			throw new IllegalStateException("The JDK's parser has these features", e);
		}
	}

	private static final class Declared extends SAXException {

		Declared() {
			super("declaration");
		}

	}

	private static final ErrorHandler QUIET = new ErrorHandler() {

		@Override
		public void warning(SAXParseException e) {
		}

		@Override
		public void error(SAXParseException e) {
		}

		@Override
		public void fatalError(SAXParseException e) throws SAXException {
			throw e;
		}

	};

	private static String reason(Exception e) {
		String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		return message.length() > 200 ? message.substring(0, 200) + "…" : message;
	}

	/**
	 * The local name of a file's root element, read from its first bytes without parsing
	 * them: what follows the XML declaration, comments, processing instructions and a
	 * DOCTYPE. Blank when the head holds no element.
	 */
	static String rootName(byte[] head) {
		String text = new String(head, StandardCharsets.UTF_8);
		int at = text.startsWith("\uFEFF") ? 1 : 0;
		while (at < text.length()) {
			int open = text.indexOf('<', at);
			if (open < 0 || open + 1 >= text.length()) {
				return "";
			}
			char next = text.charAt(open + 1);
			if (next == '?' || next == '!') {
				String closer = text.startsWith("<!--", open) ? "-->" : next == '?' ? "?>" : ">";
				int close = text.indexOf(closer, open + 2);
				if (close < 0) {
					return "";
				}
				at = close + closer.length();
				continue;
			}
			int end = open + 1;
			while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '>'
					&& text.charAt(end) != '/') {
				end++;
			}
			String name = text.substring(open + 1, end);
			return name.substring(name.indexOf(':') + 1);
		}
		return "";
	}

	/** The element's child elements, in order, whose local name is one of those given. */
	static List<Element> children(@Nullable Element parent, String... names) {
		List<Element> found = new ArrayList<>();
		if (parent == null) {
			return found;
		}
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && (names.length == 0 || List.of(names).contains(local(element)))) {
				found.add(element);
			}
		}
		return found;
	}

	/** The first child element of that local name, or {@code null}. */
	static @Nullable Element child(@Nullable Element parent, String name) {
		List<Element> found = children(parent, name);
		return found.isEmpty() ? null : found.getFirst();
	}

	/** The element's descendants of that local name, in document order. */
	static List<Element> descendants(@Nullable Element parent, String name) {
		List<Element> found = new ArrayList<>();
		if (parent == null) {
			return found;
		}
		NodeList all = parent.getElementsByTagNameNS("*", name);
		for (int i = 0; i < all.getLength(); i++) {
			found.add((Element) all.item(i));
		}
		return found;
	}

	/** The first descendant of that local name, or {@code null}. */
	static @Nullable Element descendant(@Nullable Element parent, String name) {
		List<Element> found = descendants(parent, name);
		return found.isEmpty() ? null : found.getFirst();
	}

	static String local(Element element) {
		return element.getLocalName() == null ? element.getTagName() : element.getLocalName();
	}

	/** The element's text, spaces collapsed; blank for {@code null}. */
	static String text(@Nullable Element element) {
		return element == null ? "" : element.getTextContent().replaceAll("\\s+", " ").strip();
	}

	/** An attribute's value, blank when absent or the element is {@code null}. */
	static String attribute(@Nullable Element element, String name) {
		return element == null ? "" : element.getAttribute(name).strip();
	}

	/** The element's content (not the element itself) as markup, for HTML conversion. */
	static String inner(Element element) {
		StringBuilder out = new StringBuilder();
		for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
			out.append(markup(node));
		}
		return out.toString();
	}

	static String markup(Node node) {
		try {
			Transformer transformer = TransformerFactory.newInstance().newTransformer();
			transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
			transformer.setOutputProperty(OutputKeys.METHOD, "xml");
			StringWriter out = new StringWriter();
			transformer.transform(new DOMSource(node), new StreamResult(out));
			return out.toString();
		}
		catch (TransformerException e) {
			throw new IllegalStateException("A parsed node always serialises", e);
		}
	}

}
