package org.kiosque.wires;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import org.kiosque.ingest.DispatchImport;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom 1.0 feeds, read by Rome from a DOM parsed safely
 * ({@link WireXml}). Each entry is an item: GUID the entry's {@code guid}/{@code id},
 * else its link; provider the feed's own link (else the file's name or address); version
 * time {@code updated}, else {@code published}/{@code pubDate}; body
 * {@code content:encoded} or Atom {@code content}, else
 * {@code description}/{@code summary} (HTML to Markdown), and then the description is the
 * standfirst; byline the authors ({@code dc:creator}); subjects the categories; pictures
 * the enclosures of an {@code image/} type. A feed without entries reads as no items; an
 * entry without id, link or title refuses the feed.
 */
@Component
class FeedWire implements WireFormat {

	@Override
	public String name() {
		return "RSS/Atom";
	}

	@Override
	public boolean recognizes(String fileName, byte[] head) {
		String root = WireXml.rootName(head);
		return root.equals("rss") || root.equals("feed") || root.equals("RDF");
	}

	@Override
	public List<WireItem> read(String fileName, byte[] bytes) throws WireRefused {
		Document document = WireXml.parse(bytes);
		SyndFeed feed;
		try {
			feed = new SyndFeedInput().build(document);
		}
		catch (FeedException | IllegalArgumentException e) {
			throw new WireRefused("not-feed", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
		}
		String provider = firstOf(alternate(feed), feed.getLink(), fileName);
		List<WireItem> items = new ArrayList<>();
		for (SyndEntry entry : feed.getEntries()) {
			items.add(item(entry, provider, feed.getLanguage()));
		}
		return items;
	}

	private static WireItem item(SyndEntry entry, String provider, @Nullable String language) throws WireRefused {
		String guid = firstOf(entry.getUri(), entry.getLink());
		if (guid.isEmpty()) {
			throw new WireRefused("no-guid");
		}
		String headline = entry.getTitle() == null ? "" : Jsoup.parseBodyFragment(entry.getTitle()).text();
		if (headline.isEmpty()) {
			throw new WireRefused("no-headline");
		}
		String body = "";
		String standfirst = "";
		if (!entry.getContents().isEmpty()) {
			body = markdown(entry.getContents().getFirst());
			standfirst = entry.getDescription() == null || entry.getDescription().getValue() == null ? ""
					: Jsoup.parseBodyFragment(entry.getDescription().getValue()).text();
		}
		else if (entry.getDescription() != null) {
			body = markdown(entry.getDescription());
		}
		List<String> authors = new ArrayList<>();
		for (SyndPerson person : entry.getAuthors()) {
			if (person.getName() != null && !person.getName().isBlank()) {
				authors.add(person.getName().strip());
			}
		}
		if (authors.isEmpty() && entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
			authors.add(entry.getAuthor().strip());
		}
		List<String> subjects = new ArrayList<>();
		for (SyndCategory category : entry.getCategories()) {
			String name = category.getName() == null ? "" : category.getName().strip();
			if (!name.isEmpty() && !subjects.contains(name)) {
				subjects.add(name);
			}
		}
		List<WirePicture> pictures = new ArrayList<>();
		for (SyndEnclosure enclosure : entry.getEnclosures()) {
			if (enclosure.getType() != null && enclosure.getType().startsWith("image/") && enclosure.getUrl() != null
					&& !enclosure.getUrl().isBlank()) {
				pictures.add(new WirePicture(enclosure.getUrl().strip(), "", ""));
			}
		}
		Instant published = instant(entry.getPublishedDate());
		Instant updated = instant(entry.getUpdatedDate());
		return new WireItem(provider, guid, 0, updated == null ? published : updated, WireStatus.USABLE, null, headline,
				standfirst, body, String.join(", ", authors), "", subjects, "", pictures,
				language == null || language.isBlank() ? null : language.strip(), published);
	}

	/**
	 * HTML (Atom {@code html}/{@code xhtml}, RSS) to Markdown; Atom {@code text} as
	 * paragraphs.
	 */
	private static String markdown(SyndContent content) {
		String value = content.getValue() == null ? "" : content.getValue();
		String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
		if (type.equals("text") || type.equals("text/plain")) {
			return DispatchImport.markdown(value.lines().map(String::strip).filter(s -> !s.isEmpty()).toList());
		}
		return WireHtml.markdown(value);
	}

	/** An Atom feed's {@code alternate} link (its site), not its {@code self}. */
	private static @Nullable String alternate(SyndFeed feed) {
		for (SyndLink link : feed.getLinks()) {
			if ((link.getRel() == null || link.getRel().equals("alternate")) && link.getHref() != null) {
				return link.getHref();
			}
		}
		return null;
	}

	private static @Nullable Instant instant(@Nullable Date date) {
		return date == null ? null : date.toInstant();
	}

	private static String firstOf(@Nullable String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value.strip();
			}
		}
		return "";
	}

}
