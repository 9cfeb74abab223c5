package org.kiosque.movein;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;

/**
 * A WordPress export (WXR, "WordPress eXtended RSS", versions 1.0 to 1.2, as Tools →
 * Export writes it) read whole: the site's address, its authors, categories and tags, and
 * every item (posts, pages, attachments, menu items...) with its terms, meta and
 * comments.
 * <p>
 * Read with StAX, safely: no DTD, no external entity, no entity expanded but XML's own
 * (an export that declares a DTD is refused, see {@link #read}), so that a file never
 * reads another file nor the network. Elements are known by their local name and, where
 * two share one ({@code content:encoded}, {@code excerpt:encoded}), by their namespace;
 * the namespace's version ({@code export/1.2/}) does not matter.
 */
record WordPressExport(String siteUrl, Map<String, Author> authors, Map<String, Term> categories,
		Map<String, Term> tags, List<Item> items) {

	/**
	 * An author ({@code wp:author}).
	 *
	 * @param login the login, which {@code dc:creator} names
	 */
	record Author(String login, String email, String displayName) {
	}

	/**
	 * A category or tag ({@code wp:category}, {@code wp:tag}).
	 *
	 * @param slug its nicename, as in its archive's address
	 * @param parent the parent category's slug, blank for none
	 */
	record Term(String id, String slug, String name, String parent) {
	}

	/** A term on an item ({@code <category domain="category" nicename="monde">Monde}). */
	record ItemTerm(String domain, String slug, String name) {
	}

	/**
	 * A comment ({@code wp:comment}).
	 *
	 * @param approved {@code 1}, {@code 0}, {@code spam} or {@code trash}
	 * @param type {@code comment} (or blank), {@code pingback}, {@code trackback}
	 * @param parent the parent comment's id, {@code 0} for none
	 */
	record ItemComment(String id, String author, String email, String dateGmt, String date, String content,
			String approved, String type, String parent) {
	}

	/** An item: a post, page, attachment or anything else WordPress stores as a post. */
	record Item(String title, String link, String guid, String creator, String content, String excerpt, String id,
			String dateGmt, String date, String name, String status, String parent, String type, String attachmentUrl,
			List<ItemTerm> terms, Map<String, String> meta, List<ItemComment> comments) {

		@Nullable String meta(String key) {
			return meta.get(key);
		}

	}

	/**
	 * Reads an export.
	 * @throws ExportFile.Unopened when there is no such file, or it cannot be read
	 * @throws IOException when it is no well-formed XML, declares a DTD, or is XML of
	 * another kind (no element of WordPress's namespace)
	 */
	static WordPressExport read(Path file) throws IOException {
		try (InputStream in = ExportFile.open(file)) {
			return read(in);
		}
	}

	/**
	 * WordPress's own namespace ({@code wp:}), whatever its version
	 * ({@code http://wordpress.org/export/1.2/}): every WXR file has its elements.
	 */
	private static final String NAMESPACE = "wordpress.org/export/";

	static WordPressExport read(InputStream in) throws IOException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		try {
			XMLStreamReader xml = factory.createXMLStreamReader(in);
			try {
				return new Reading(xml).export();
			}
			finally {
				xml.close();
			}
		}
		catch (XMLStreamException ex) {
			// StAX's message takes two lines ("ParseError at [row,col]:[1,1]\nMessage:
			// …").
			throw new IOException(String.valueOf(ex.getMessage()).replaceAll("\\s*\\n\\s*", " "), ex);
		}
	}

	private static final class Reading {

		private final XMLStreamReader xml;

		private String siteUrl = "";

		private final Map<String, Author> authors = new LinkedHashMap<>();

		private final Map<String, Term> categories = new LinkedHashMap<>();

		private final Map<String, Term> tags = new LinkedHashMap<>();

		private final List<Item> items = new ArrayList<>();

		/** Whether an element of WordPress's export namespace was met. */
		private boolean wordPress;

		Reading(XMLStreamReader xml) {
			this.xml = xml;
		}

		WordPressExport export() throws XMLStreamException, IOException {
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.DTD) {
					throw new IOException("A WordPress export declares no DTD");
				}
				if (event == XMLStreamConstants.ENTITY_REFERENCE) {
					throw new IOException("Unknown entity &" + xml.getLocalName() + ";");
				}
				if (event != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				wordPress |= String.valueOf(xml.getNamespaceURI()).contains(NAMESPACE);
				switch (xml.getLocalName()) {
					case "base_blog_url" -> siteUrl = text();
					case "link" -> {
						String link = text();
						if (siteUrl.isEmpty()) {
							siteUrl = link;
						}
					}
					case "author" -> author();
					case "category" -> term(categories, "category_nicename", "cat_name", "category_parent");
					case "tag" -> term(tags, "tag_slug", "tag_name", "");
					case "item" -> items.add(item());
					default -> {
					}
				}
			}
			if (!wordPress) {
				// Any other XML (a feed, a page) would otherwise be an empty export, and
				// the command would say all went well.
				throw new IOException("no element of WordPress's export namespace (" + NAMESPACE + "…)");
			}
			return new WordPressExport(siteUrl, authors, categories, tags, items);
		}

		private void author() throws XMLStreamException, IOException {
			Map<String, String> fields = fields("author");
			String login = fields.getOrDefault("author_login", "");
			authors.put(login, new Author(login, fields.getOrDefault("author_email", ""),
					fields.getOrDefault("author_display_name", login)));
		}

		private void term(Map<String, Term> into, String slugField, String nameField, String parentField)
				throws XMLStreamException, IOException {
			String element = xml.getLocalName();
			Map<String, String> fields = fields(element);
			String slug = fields.getOrDefault(slugField, "");
			into.put(slug, new Term(fields.getOrDefault("term_id", ""), slug, fields.getOrDefault(nameField, slug),
					fields.getOrDefault(parentField, "")));
		}

		/** The text of every child element, by local name, until the element ends. */
		private Map<String, String> fields(String element) throws XMLStreamException, IOException {
			Map<String, String> fields = new HashMap<>();
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					fields.put(xml.getLocalName(), text());
				}
				else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals(element)) {
					break;
				}
			}
			return fields;
		}

		private Item item() throws XMLStreamException, IOException {
			Map<String, String> fields = new HashMap<>();
			List<ItemTerm> terms = new ArrayList<>();
			Map<String, String> meta = new LinkedHashMap<>();
			List<ItemComment> comments = new ArrayList<>();
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("item")) {
					break;
				}
				if (event != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				String name = xml.getLocalName();
				switch (name) {
					case "category" -> {
						String domain = attribute("domain");
						String slug = attribute("nicename");
						terms.add(new ItemTerm(domain, slug, text()));
					}
					case "postmeta" -> {
						Map<String, String> entry = fields("postmeta");
						meta.put(entry.getOrDefault("meta_key", ""), entry.getOrDefault("meta_value", ""));
					}
					case "comment" -> {
						Map<String, String> c = fields("comment");
						comments.add(new ItemComment(c.getOrDefault("comment_id", ""),
								c.getOrDefault("comment_author", ""), c.getOrDefault("comment_author_email", ""),
								c.getOrDefault("comment_date_gmt", ""), c.getOrDefault("comment_date", ""),
								c.getOrDefault("comment_content", ""), c.getOrDefault("comment_approved", "1"),
								c.getOrDefault("comment_type", ""), c.getOrDefault("comment_parent", "0")));
					}
					case "encoded" -> {
						String namespace = xml.getNamespaceURI();
						fields.put(namespace != null && namespace.contains("excerpt") ? "excerpt" : "content", text());
					}
					default -> fields.put(name, text());
				}
			}
			return new Item(fields.getOrDefault("title", ""), fields.getOrDefault("link", ""),
					fields.getOrDefault("guid", ""), fields.getOrDefault("creator", ""),
					fields.getOrDefault("content", ""), fields.getOrDefault("excerpt", ""),
					fields.getOrDefault("post_id", ""), fields.getOrDefault("post_date_gmt", ""),
					fields.getOrDefault("post_date", ""), fields.getOrDefault("post_name", ""),
					fields.getOrDefault("status", ""), fields.getOrDefault("post_parent", "0"),
					fields.getOrDefault("post_type", "post"), fields.getOrDefault("attachment_url", ""), terms, meta,
					comments);
		}

		private String attribute(String name) {
			String value = xml.getAttributeValue(null, name);
			return value == null ? "" : value;
		}

		/**
		 * The element's text (CDATA included), its children's skipped; the reader ends on
		 * the element's end.
		 */
		private String text() throws XMLStreamException, IOException {
			StringBuilder text = new StringBuilder();
			int depth = 1;
			while (depth > 0 && xml.hasNext()) {
				int event = xml.next();
				switch (event) {
					case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
						if (depth == 1) {
							text.append(xml.getText());
						}
					}
					case XMLStreamConstants.START_ELEMENT -> depth++;
					case XMLStreamConstants.END_ELEMENT -> depth--;
					case XMLStreamConstants.ENTITY_REFERENCE ->
						throw new IOException("Unknown entity &" + xml.getLocalName() + ";");
					default -> {
					}
				}
			}
			return text.toString().strip();
		}

	}

}
