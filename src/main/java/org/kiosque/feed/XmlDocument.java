package org.kiosque.feed;

import java.io.ByteArrayOutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.CleanText;

/**
 * An XML document written with the platform's StAX writer, which escapes markup but lets
 * through characters that XML 1.0 forbids: every text written here goes through
 * {@link CleanText#forXml} first, so the document is well-formed whatever the database
 * holds. One document, one thread; {@link #bytes()} ends it.
 */
final class XmlDocument {

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private final ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);

	private final XMLStreamWriter xml;

	/**
	 * Starts a document whose root element is {@code root} in the default namespace
	 * {@code namespace}, declaring also {@code prefixAndNamespace} pairs.
	 */
	XmlDocument(String root, String namespace, String... prefixAndNamespace) {
		try {
			xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeCharacters("\n");
			xml.setDefaultNamespace(namespace);
			xml.writeStartElement(namespace, root);
			xml.writeDefaultNamespace(namespace);
			for (int i = 0; i + 1 < prefixAndNamespace.length; i += 2) {
				xml.setPrefix(prefixAndNamespace[i], prefixAndNamespace[i + 1]);
				xml.writeNamespace(prefixAndNamespace[i], prefixAndNamespace[i + 1]);
			}
			xml.writeCharacters("\n");
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Opens an element of {@code namespace}. */
	XmlDocument start(String namespace, String name) {
		try {
			xml.writeStartElement(namespace, name);
			return this;
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Writes {@code <name>text</name>}; nothing when {@code text} is null. */
	XmlDocument element(String namespace, String name, @Nullable String text) {
		if (text == null) {
			return this;
		}
		try {
			xml.writeStartElement(namespace, name);
			xml.writeCharacters(CleanText.forXml(text));
			xml.writeEndElement();
			return this;
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Closes the innermost open element, then a line break, for readers of the source.
	 */
	XmlDocument end() {
		try {
			xml.writeEndElement();
			xml.writeCharacters("\n");
			return this;
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Closes every open element and gives the document, UTF-8. */
	byte[] bytes() {
		try {
			xml.writeEndDocument();
			xml.close();
			return out.toByteArray();
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
	}

}
