package org.kiosque.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.commons.codec.digest.DigestUtils;
import org.jspecify.annotations.Nullable;
import org.kiosque.article.ArticleCatalog;
import org.kiosque.article.ArticleDraft;
import org.kiosque.article.ArticleStatus;
import org.kiosque.article.LeadImage;
import org.kiosque.article.Newsdesk;
import org.kiosque.article.PublishedArticle;
import org.kiosque.ingest.DispatchRejected.Reason;
import org.kiosque.media.PictureRefused;
import org.kiosque.media.Pictures;
import org.kiosque.site.Labels;
import org.kiosque.site.SiteSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns agency dispatches into articles. Each dispatch is stored in its own transaction:
 * a refused file leaves nothing behind, and never stops the files after it. A dispatch
 * already imported (same headline, same day) is recognised and not stored twice.
 */
@Service
public class DispatchImport {

	private static final Logger log = LoggerFactory.getLogger(DispatchImport.class);

	private final Newsdesk newsdesk;

	private final ArticleCatalog catalog;

	private final SiteSettings site;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final Pictures library;

	private final Labels labels;

	DispatchImport(Newsdesk newsdesk, ArticleCatalog catalog, SiteSettings site, Clock clock,
			PlatformTransactionManager transactions, Pictures library, Labels labels) {
		this.library = library;
		this.labels = labels;
		this.newsdesk = newsdesk;
		this.catalog = catalog;
		this.site = site;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * How imported dispatches are filed: as drafts or published, and in which section.
	 *
	 * @param image a picture for every dispatch file without one of its own beside it
	 * ({@code --image}), {@code null} for none
	 */
	public record Options(boolean draft, @Nullable String sectionSlug, @Nullable Path image) {

		public Options(boolean draft, @Nullable String sectionSlug) {
			this(draft, sectionSlug, null);
		}

		public static Options published(@Nullable String sectionSlug) {
			return new Options(false, sectionSlug);
		}
	}

	/** What became of one dispatch. */
	public sealed interface Outcome {

	}

	/** A new article; {@code url} is its public address once published. */
	public record Imported(long articleId, String url, ArticleStatus status, Dispatch dispatch) implements Outcome {
	}

	/**
	 * The dispatch had been imported before; {@code url} is null while that article is
	 * not public.
	 */
	public record AlreadyThere(long articleId, @Nullable String url) implements Outcome {
	}

	public record Rejected(DispatchRejected reason) implements Outcome {
	}

	/** Reads, checks and stores one dispatch file. */
	public Outcome importFile(Path file, Options options) {
		// An unknown section refuses every file, whether new, already there or
		// unreadable.
		Optional<Rejected> section = unknownSection(options);
		if (section.isPresent()) {
			return section.get();
		}
		try {
			if (Files.size(file) > DispatchParser.MAX_BYTES) {
				return new Rejected(new DispatchRejected(Reason.TOO_LARGE, DispatchParser.MAX_BYTES));
			}
			// The size check above does not hold for a file that grows while we read it.
			byte[] bytes;
			try (InputStream in = Files.newInputStream(file)) {
				bytes = in.readNBytes(DispatchParser.MAX_BYTES + 1);
			}
			Dispatch dispatch = DispatchParser.parse(bytes);
			return store(dispatch, options, picture(file, options));
		}
		catch (DispatchRejected e) {
			return new Rejected(e);
		}
		catch (NoSuchFileException e) {
			return new Rejected(new DispatchRejected(Reason.NOT_FOUND));
		}
		catch (IOException e) {
			return new Rejected(new DispatchRejected(Reason.UNREADABLE));
		}
	}

	/** Checks and stores one dispatch given as the bytes of its file. */
	public Outcome importBytes(byte[] bytes, Options options) {
		try {
			return store(DispatchParser.parse(bytes), options);
		}
		catch (DispatchRejected e) {
			return new Rejected(e);
		}
	}

	/** Stores a dispatch as an article, unless it is there already. */
	public Outcome store(Dispatch dispatch, Options options) {
		return store(dispatch, options, null);
	}

	/**
	 * The picture that goes with a dispatch file: the one of the same name beside it
	 * ({@code .jpg}, {@code .jpeg}, {@code .png}, {@code .webp}, any case), else the
	 * import's {@code --image}, else none.
	 */
	static @Nullable Path picture(Path dispatch, Options options) {
		String name = dispatch.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String base = dot > 0 ? name.substring(0, dot) : name;
		Path folder = dispatch.toAbsolutePath().getParent();
		if (folder != null) {
			for (String extension : PICTURE_EXTENSIONS) {
				for (String cased : List.of(extension, extension.toUpperCase(Locale.ROOT))) {
					Path beside = folder.resolve(base + "." + cased);
					if (Files.isRegularFile(beside) && !beside.equals(dispatch.toAbsolutePath())) {
						return beside;
					}
				}
			}
		}
		return options.image();
	}

	/**
	 * The extensions of a picture beside a dispatch, in the order they are looked for.
	 */
	static final List<String> PICTURE_EXTENSIONS = List.of("jpg", "jpeg", "png", "webp");

	/**
	 * Stores a dispatch as an article, unless it is there already, with {@code picture}
	 * as its lead picture: kept in the media library (its checks and cleaning) and
	 * captioned with the dispatch's caption. A picture the library refuses refuses the
	 * dispatch: nothing is stored.
	 */
	Outcome store(Dispatch dispatch, Options options, @Nullable Path picture) {
		Optional<Rejected> section = unknownSection(options);
		if (section.isPresent()) {
			return section.get();
		}
		String key = key(dispatch);
		Optional<Long> before = newsdesk.articleForDispatch(key);
		if (before.isPresent()) {
			return alreadyThere(before.get());
		}
		Long pictureId = null;
		if (picture != null) {
			try (InputStream in = Files.newInputStream(picture)) {
				pictureId = library.upload(picture.getFileName().toString(), in, null).id();
			}
			catch (PictureRefused e) {
				return new Rejected(new DispatchRejected(Reason.PICTURE_REFUSED, picture.getFileName().toString(),
						library.explain(e, labels)));
			}
			catch (IOException | UncheckedIOException e) {
				return new Rejected(new DispatchRejected(Reason.PICTURE_UNREADABLE, picture.getFileName().toString()));
			}
		}
		return store(dispatch, options, key, pictureId);
	}

	private Outcome store(Dispatch dispatch, Options options, String key, @Nullable Long pictureId) {
		try {
			Outcome outcome = transaction.execute(tx -> {
				Optional<Long> existing = newsdesk.articleForDispatch(key);
				if (existing.isPresent()) {
					return alreadyThere(existing.get());
				}
				if (options.sectionSlug() != null && catalog.section(options.sectionSlug()).isEmpty()) {
					return new Rejected(new DispatchRejected(Reason.UNKNOWN_SECTION, options.sectionSlug()));
				}
				ArticleStatus status = status(dispatch, options);
				Newsdesk.Written written = newsdesk.create(draft(dispatch, options, status, key, pictureId),
						dispatch.reads());
				return new Imported(written.id(), site.absolute(written.path()), status, dispatch);
			});
			return Objects.requireNonNull(outcome);
		}
		catch (DuplicateKeyException e) {
			// Another import of the same dispatch got there between our check and our
			// insert.
			return newsdesk.articleForDispatch(key)
				.<Outcome>map(this::alreadyThere)
				.orElseGet(() -> new Rejected(new DispatchRejected(Reason.NOT_STORED, rootMessage(e))));
		}
		catch (DataAccessException | IllegalArgumentException e) {
			log.warn("Dispatch {} not stored", dispatch.headline(), e);
			return new Rejected(new DispatchRejected(Reason.NOT_STORED, rootMessage(e)));
		}
	}

	/** The refusal of a section that is not the site's, else none. */
	private Optional<Rejected> unknownSection(Options options) {
		String slug = options.sectionSlug();
		return slug != null && catalog.section(slug).isEmpty()
				? Optional.of(new Rejected(new DispatchRejected(Reason.UNKNOWN_SECTION, slug))) : Optional.empty();
	}

	/**
	 * The dispatch's fingerprint: the same headline on the same day is the same dispatch,
	 * whatever its spacing, case or apostrophes.
	 */
	public static String key(Dispatch dispatch) {
		String headline = Normalizer.normalize(dispatch.headline(), Normalizer.Form.NFKC)
			.replace('’', '\'')
			.replace('‘', '\'')
			.toLowerCase(Locale.ROOT)
			.replaceAll("[\\s\\p{Z}]+", " ")
			.strip();
		return DigestUtils.sha256Hex(headline + "\n" + dispatch.date());
	}

	/**
	 * The body as Markdown paragraphs, escaped so that agency text is printed as written:
	 * a paragraph starting with {@code 1.} stays a sentence, not a list.
	 */
	public static String markdown(List<String> paragraphs) {
		return paragraphs.stream().map(DispatchImport::escaped).collect(Collectors.joining("\n\n"));
	}

	static String escaped(String paragraph) {
		StringBuilder out = new StringBuilder(paragraph.length() + 8);
		for (int i = 0; i < paragraph.length(); i++) {
			char c = paragraph.charAt(i);
			if ("\\`*_[]<>&".indexOf(c) >= 0) {
				out.append('\\');
			}
			out.append(c);
		}
		String text = out.toString();
		// What makes a block only at the start of a line: headings, lists, rules, quotes,
		// code fences.
		if (!text.isEmpty() && "#-+=".indexOf(text.charAt(0)) >= 0) {
			return "\\" + text;
		}
		return text.replaceFirst("^(\\d{1,9})([.)])", "$1\\\\$2");
	}

	private ArticleDraft draft(Dispatch dispatch, Options options, ArticleStatus status, String key,
			@Nullable Long pictureId) {
		Instant day = dispatch.date().atStartOfDay(site.timeZone()).toInstant();
		// The dispatch's doubled caption line is the caption of this use of the picture.
		return new ArticleDraft(dispatch.headline(), null, markdown(dispatch.paragraphs()), options.sectionSlug(),
				List.of(), null, dispatch.agency(),
				new LeadImage(null, dispatch.caption(), null, pictureId, null, false), status, day, false, key);
	}

	/**
	 * Published at the dispatch's day; a dispatch dated in the future waits for its day.
	 */
	private ArticleStatus status(Dispatch dispatch, Options options) {
		if (options.draft()) {
			return ArticleStatus.DRAFT;
		}
		Instant day = dispatch.date().atStartOfDay(site.timeZone()).toInstant();
		return day.isAfter(clock.instant()) ? ArticleStatus.SCHEDULED : ArticleStatus.PUBLISHED;
	}

	private AlreadyThere alreadyThere(long articleId) {
		return new AlreadyThere(articleId,
				catalog.byId(articleId).map(PublishedArticle::path).map(site::absolute).orElse(null));
	}

	private static String rootMessage(Exception e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return String.valueOf(root.getMessage()).lines().findFirst().orElse("");
	}

}
