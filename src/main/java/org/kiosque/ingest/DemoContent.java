package org.kiosque.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kiosque.article.ArticleCatalog;
import org.kiosque.article.Newsdesk;
import org.kiosque.comment.CommentThreads;
import org.kiosque.site.Labels;
import org.kiosque.site.SiteSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.kiosque.site.KiosqueSettings;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * A first start should not show an empty newspaper: when the database has neither section
 * nor article, the server files the demo dispatches of {@code demo/index.txt} (the seed
 * among them) through the importer, and says where to look. Only the server does this,
 * never a one-shot command, and only while {@code kiosque.demo.enabled} is true.
 */
@Component
class DemoContent {

	private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

	private static final String FOLDER = "demo/";

	private final DemoSettings settings;

	private final ArticleCatalog catalog;

	private final Newsdesk newsdesk;

	private final DispatchImport importer;

	private final SiteSettings site;

	private final Labels labels;

	private final KiosqueSettings installation;

	private final CommentThreads threads;

	DemoContent(DemoSettings settings, ArticleCatalog catalog, Newsdesk newsdesk, DispatchImport importer,
			SiteSettings site, Labels labels, KiosqueSettings installation, CommentThreads threads) {
		this.threads = threads;
		this.settings = settings;
		this.catalog = catalog;
		this.newsdesk = newsdesk;
		this.importer = importer;
		this.site = site;
		this.labels = labels;
		this.installation = installation;
	}

	/**
	 * One line of {@code demo/index.txt}: a section and the dispatch filed in it, if any.
	 */
	record Entry(String section, @Nullable String file) {
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		if (!settings.enabled() || installation.command()) {
			return;
		}
		if (!catalog.sections().isEmpty() || catalog.countPublished() > 0) {
			return;
		}
		try {
			List<Entry> entries = entries();
			int articles = publish(entries);
			log.info(labels.count("ingest.demo.created", entries.size(), articles));
			log.info(labels.get("ingest.demo.ready", site.absolute("/")));
		}
		catch (RuntimeException e) {
			// A site without demo content still works; a failed start would not.
			log.warn("Demo content not published", e);
		}
	}

	/**
	 * Creates the sections and imports their dispatches; returns how many articles were
	 * made.
	 */
	int publish(List<Entry> entries) {
		int position = 0;
		int articles = 0;
		for (Entry entry : entries) {
			String section = newsdesk.ensureSection(entry.section(), ++position);
			if (entry.file() == null) {
				continue;
			}
			DispatchImport.Outcome outcome = importer.importBytes(read(FOLDER + entry.file()),
					DispatchImport.Options.published(section));
			switch (outcome) {
				case DispatchImport.Imported imported -> {
					// The dispatches are older than comments stay open; a newcomer should
					// see the form.
					threads.keepOpen(imported.articleId());
					articles++;
				}
				case DispatchImport.AlreadyThere already -> {
				}
				case DispatchImport.Rejected rejected ->
					log.warn("Demo dispatch {} refused: {}", entry.file(), rejected.reason().getMessage());
			}
		}
		return articles;
	}

	static List<Entry> entries() {
		return new String(read(FOLDER + "index.txt"), StandardCharsets.UTF_8).lines()
			.map(String::strip)
			.filter(line -> !line.isEmpty() && !line.startsWith("#"))
			.map(line -> {
				String[] parts = line.split("\\|", 2);
				String file = parts.length > 1 && !parts[1].isBlank() ? parts[1].strip() : null;
				return new Entry(parts[0].strip(), file);
			})
			.toList();
	}

	private static byte[] read(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Missing demo resource " + resource, e);
		}
	}

}
