package org.kiosque.movein;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;
import org.kiosque.article.ArticleStatus;
import org.kiosque.article.Slugs;
import org.kiosque.comment.ArchivedComments.Standing;
import org.kiosque.media.PictureRef;
import org.kiosque.movein.MoveInReport.Outcome;
import org.kiosque.movein.WordPressExport.Item;
import org.kiosque.movein.WordPressExport.ItemComment;
import org.kiosque.movein.WordPressExport.ItemTerm;
import org.kiosque.movein.WordPressExport.Term;
import org.kiosque.site.Labels;
import org.kiosque.site.SiteSettings;
import org.springframework.stereotype.Service;

/**
 * {@code import-wordpress}: a WordPress site's export (WXR) and its uploads folder,
 * brought over through {@link MovingIn}.
 * <ul>
 * <li>posts become articles: {@code publish} published, {@code draft} a draft,
 * {@code pending} in review, {@code future} scheduled, {@code private} not public
 * (unpublished); {@code trash} and pages are skipped and reported. The date is
 * {@code post_date_gmt} (UTC), else {@code post_date} in the site's time zone; the slug
 * is kept; the excerpt becomes the standfirst; the body is converted by
 * {@link WordPressBody};</li>
 * <li>the primary category (Yoast's {@code _yoast_wpseo_primary_category}, else the
 * first) becomes the section, the other categories and the tags become tags;</li>
 * <li>authors become staff accounts that cannot sign in until invited, and the
 * byline;</li>
 * <li>the featured image ({@code _thumbnail_id}) and the body's pictures come from the
 * uploads folder ({@code wp-content/uploads}), never the network;</li>
 * <li>comments keep their thread, date, author and standing ({@code 1} approved,
 * {@code 0} held, {@code spam}, {@code trash} rejected); pingbacks and trackbacks are
 * skipped;</li>
 * <li>read counts come from the post meta of the common view counters ({@code views},
 * {@code post_views_count});</li>
 * <li>every old address answers 301: the post's permalink as exported (whatever the
 * structure), {@code /?p=ID}, category and tag archives ({@code /category/slug/},
 * {@code /?cat=ID}, {@code /tag/slug/}, {@code /?tag=slug}) and attachment pages.</li>
 * </ul>
 */
@Service
public class WordPressMove {

	static final String SYSTEM = "wordpress";

	private static final List<String> READ_COUNTERS = List.of("views", "post_views_count", "_post_views_count",
			"wpb_post_views_count");

	private static final DateTimeFormatter WORDPRESS_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss",
			Locale.ROOT);

	private static final Set<String> NOT_CONTENT = Set.of("nav_menu_item", "revision", "custom_css",
			"customize_changeset", "oembed_cache", "wp_block", "wp_template", "wp_template_part", "wp_global_styles",
			"wp_navigation", "user_request", "wp_font_family", "wp_font_face");

	private static final Pattern RESIZED = Pattern.compile("-\\d+x\\d+(\\.[A-Za-z0-9]+)$");

	private final MovingIn movingIn;

	private final Labels labels;

	private final SiteSettings site;

	WordPressMove(MovingIn movingIn, Labels labels, SiteSettings site) {
		this.movingIn = movingIn;
		this.labels = labels;
		this.site = site;
	}

	/**
	 * What to import.
	 *
	 * @param export the WXR file
	 * @param uploads the site's {@code wp-content/uploads} folder, or {@code null} (then
	 * every picture is reported missing)
	 * @param dryRun count what would be written, write nothing
	 * @param progress show a progress bar when on a terminal
	 */
	public record Options(Path export, @Nullable Path uploads, boolean dryRun, boolean progress) {
	}

	/**
	 * Imports the export.
	 * @return the report of the run
	 * @throws ExportFile.Unopened when there is no such file, or it cannot be read
	 * @throws IOException when the export is no WXR
	 */
	public MoveInReport run(Options options) throws IOException {
		WordPressExport export = WordPressExport.read(options.export());
		MoveInReport report = new MoveInReport(options.dryRun());
		new Move(export, options, movingIn.begin(SYSTEM, options.dryRun(), report)).run();
		return report;
	}

	private final class Move {

		private final WordPressExport export;

		private final Options options;

		private final MovingIn.Run run;

		private final MoveInReport report;

		private final Map<String, Item> attachments = new HashMap<>();

		private final Map<String, Term> categoriesById = new HashMap<>();

		private final Map<String, String> articlePaths = new HashMap<>();

		/** Category slug → where its archive now is. */
		private final Map<String, String> categoryTargets = new LinkedHashMap<>();

		/** Tag slug → its Kiosque tag's path. */
		private final Map<String, String> tagTargets = new LinkedHashMap<>();

		/**
		 * The tags articles were given, by origin ({@code tag:slug}, or
		 * {@code category:slug} for a secondary category) → the Kiosque tag's slug.
		 */
		private final Map<String, String> tagOrigins = new LinkedHashMap<>();

		/**
		 * The site's path on its host ({@code /blog} for a site at
		 * {@code https://example.com/blog}; blank at the root), before every address
		 * WordPress makes.
		 */
		private final String base;

		Move(WordPressExport export, Options options, MovingIn.Run run) {
			this.export = export;
			this.base = basePath(export.siteUrl());
			this.options = options;
			this.run = run;
			this.report = run.report();
			for (Item item : export.items()) {
				if (item.type().equals("attachment")) {
					attachments.put(item.id(), item);
				}
			}
			for (Term category : export.categories().values()) {
				categoriesById.put(category.id(), category);
			}
		}

		void run() {
			List<Item> posts = new ArrayList<>();
			Map<String, Integer> ignored = new TreeMap<>();
			for (Item item : export.items()) {
				switch (item.type()) {
					case "post" -> posts.add(item);
					case "attachment" -> {
					}
					case "page" -> report.skipped(OriginKind.ARTICLE, what(item), labels.get("movein.wp.page"));
					default -> ignored.merge(item.type(), 1, Integer::sum);
				}
			}
			ignored.forEach((type, count) -> {
				if (!NOT_CONTENT.contains(type)) {
					report.note(labels.get("movein.wp.type", type), labels.count("movein.wp.type-skipped", count));
				}
			});
			for (WordPressExport.Author author : export.authors().values()) {
				run.staff(author.login(), author.email(), author.displayName());
			}
			try (Progress progress = options.progress() && !options.dryRun()
					? Progress.of(labels.get("movein.progress.articles"), posts.size()) : Progress.silent()) {
				for (Item post : posts) {
					post(post);
					progress.step();
				}
			}
			archives();
		}

		private void post(Item post) {
			ArticleStatus status = switch (post.status()) {
				case "publish" -> ArticleStatus.PUBLISHED;
				case "draft" -> ArticleStatus.DRAFT;
				case "pending" -> ArticleStatus.IN_REVIEW;
				case "future" -> ArticleStatus.SCHEDULED;
				case "private" -> ArticleStatus.UNPUBLISHED;
				default -> null;
			};
			if (status == null) {
				if (!post.status().equals("auto-draft")) {
					report.skipped(OriginKind.ARTICLE, what(post), labels.get("movein.wp.status", post.status()));
				}
				return;
			}
			Instant date = date(post.dateGmt(), post.date());
			if ((status == ArticleStatus.SCHEDULED || status == ArticleStatus.UNPUBLISHED) && date == null) {
				report.skipped(OriginKind.ARTICLE, what(post), labels.get("movein.wp.no-date"));
				return;
			}
			String section = null;
			List<String> tags = new ArrayList<>();
			ItemTerm primary = primaryCategory(post);
			for (ItemTerm term : post.terms()) {
				if (term.domain().equals("category")) {
					if (term == primary) {
						section = run.section(categoryOrigin(term), term.name());
						categoryTargets.put(term.slug(), "/section/" + section);
					}
					else {
						tags.add(term.name());
						categoryTargets.putIfAbsent(term.slug(), "/tag/" + Slugs.of(term.name()));
						tagOrigins.putIfAbsent("category:" + term.slug(), Slugs.of(term.name()));
					}
				}
				else if (term.domain().equals("post_tag")) {
					tags.add(term.name());
					tagTargets.put(term.slug(), "/tag/" + Slugs.of(term.name()));
					tagOrigins.putIfAbsent("tag:" + term.slug(), Slugs.of(term.name()));
				}
			}
			WordPressExport.Author author = export.authors().get(post.creator());
			String byline = author == null ? blankToNull(post.creator()) : author.displayName();
			long authorId = run.staff(post.creator().isBlank() ? "wordpress" : post.creator(),
					author == null ? null : author.email(), byline == null ? "WordPress" : byline);
			String what = what(post);
			WordPressBody.Converted body = WordPressBody.markdown(post.content(), figure -> figure(figure, what));
			body.leftovers().forEach(leftover -> report.leftover(what, leftover));
			Long leadId = null;
			String leadCaption = null;
			Item thumbnail = attachments.get(Optional.ofNullable(post.meta("_thumbnail_id")).orElse(""));
			if (thumbnail != null) {
				String upload = attachedFile(thumbnail);
				Optional<PictureRef> lead = run.picture(upload, file(upload), what);
				leadId = lead.map(PictureRef::id).orElse(null);
				leadCaption = blankToNull(plain(thumbnail.excerpt()));
			}
			else if (post.meta("_thumbnail_id") != null) {
				report.note(what, labels.get("movein.wp.no-attachment", post.meta("_thumbnail_id")));
			}
			MovingArticle article = new MovingArticle(post.id(), plain(post.title()), slug(post.name()),
					blankToNull(plain(post.excerpt())), body.markdown(), status,
					status == ArticleStatus.DRAFT || status == ArticleStatus.IN_REVIEW ? null : date, section, tags,
					authorId, byline, leadId, leadCaption, reads(post), addresses(post), comments(post));
			MovingIn.Written written = run.article(article);
			// Attachment pages lead to their article when it is public, as its own
			// addresses do (a draft's page is not there). A dry run knows no path yet,
			// but counts the addresses all the same.
			if (status == ArticleStatus.PUBLISHED && written.outcome() != Outcome.SKIPPED) {
				articlePaths.put(post.id(), written.path() != null ? written.path() : "/article/");
			}
		}

		/** How a figure shows: the library's picture, else its caption alone (noted). */
		private String figure(WordPressBody.Figure figure, String what) {
			Item attachment = figure.attachmentId() == null ? null : attachments.get(figure.attachmentId());
			String upload = attachment != null ? attachedFile(attachment) : WordPressMove.uploadPath(figure.src());
			String caption = figure.caption() != null ? figure.caption()
					: attachment == null ? null : blankToNull(plain(attachment.excerpt()));
			if (upload.isEmpty()) {
				String text = caption == null ? figure.src() : caption;
				return "[" + text.replace("[", "\\[").replace("]", "\\]") + "](" + figure.src().replace(")", "%29")
						+ ")";
			}
			Optional<PictureRef> picture = run.picture(upload, file(upload), what);
			if (picture.isPresent()) {
				return MovingIn.figure(picture.get(), caption);
			}
			return caption == null ? "" : "*" + caption.replace("*", "\\*") + "*";
		}

		/**
		 * The primary category: Yoast's choice when the post has it, else the first.
		 */
		private @Nullable ItemTerm primaryCategory(Item post) {
			String primaryId = post.meta("_yoast_wpseo_primary_category");
			Term primary = primaryId == null ? null : categoriesById.get(primaryId.strip());
			ItemTerm first = null;
			for (ItemTerm term : post.terms()) {
				if (term.domain().equals("category")) {
					if (primary != null && term.slug().equals(primary.slug())) {
						return term;
					}
					if (first == null) {
						first = term;
					}
				}
			}
			return first;
		}

		private String categoryOrigin(ItemTerm term) {
			Term category = export.categories().get(term.slug());
			return category == null || category.id().isBlank() ? "slug:" + term.slug() : category.id();
		}

		private List<String> addresses(Item post) {
			// By their stored form: the guid is most often /?p=ID again.
			Map<String, String> addresses = new LinkedHashMap<>();
			List<String> all = new ArrayList<>();
			if (!post.link().isBlank()) {
				all.add(post.link());
			}
			all.add(base + "/?p=" + post.id());
			if (post.guid().contains("?p=") || post.guid().contains("/")) {
				all.add(post.guid());
			}
			for (String address : all) {
				addresses.putIfAbsent(org.kiosque.web.FormerAddresses.key(address), address);
			}
			return List.copyOf(addresses.values());
		}

		private long reads(Item post) {
			long reads = 0;
			for (String key : READ_COUNTERS) {
				String value = post.meta(key);
				if (value != null) {
					try {
						reads = Math.max(reads, Long.parseLong(value.strip()));
					}
					catch (NumberFormatException notACount) {
						// A plug-in's other shape (serialised PHP): no count from it.
					}
				}
			}
			return reads;
		}

		private List<MovingComment> comments(Item post) {
			List<ItemComment> sorted = new ArrayList<>(post.comments());
			sorted.sort(Comparator.comparingLong(c -> number(c.id())));
			List<MovingComment> comments = new ArrayList<>();
			Set<String> kept = new java.util.HashSet<>();
			for (ItemComment comment : sorted) {
				String what = labels.get("movein.wp.comment", comment.id(), post.id());
				if (comment.type().equals("pingback") || comment.type().equals("trackback")) {
					report.skipped(OriginKind.COMMENT, what, labels.get("movein.wp.pingback"));
					continue;
				}
				Standing standing = switch (comment.approved()) {
					case "1", "approve" -> Standing.APPROVED;
					case "0", "hold" -> Standing.HELD;
					case "spam" -> Standing.SPAM;
					case "trash", "post-trashed" -> Standing.REJECTED;
					default -> null;
				};
				Instant at = date(comment.dateGmt(), comment.date());
				String text = plain(comment.content().replaceAll("(?i)<br\\s*/?>|</p>", "\n"));
				if (standing == null || at == null || text.isBlank()) {
					report.skipped(OriginKind.COMMENT, what, labels.get("movein.wp.comment-unreadable"));
					continue;
				}
				String parent = comment.parent().equals("0") || comment.parent().isBlank() ? null : comment.parent();
				comments.add(new MovingComment(comment.id(), parent != null && kept.contains(parent) ? parent : null,
						comment.author(), comment.email(), text, standing, at));
				kept.add(comment.id());
			}
			return comments;
		}

		/**
		 * Category and tag archives, and attachment pages, once the articles are in: each
		 * to the section or tag it became, or to the article it was attached to.
		 */
		private void archives() {
			tags();
			categoryTargets.forEach((slug, target) -> {
				String path = categoryPath(slug);
				run.formerAddress(base + "/category/" + path + "/", target);
				if (!path.equals(slug)) {
					// WordPress answers a child category by its slug alone too.
					run.formerAddress(base + "/category/" + slug + "/", target);
				}
				Term category = export.categories().get(slug);
				if (category != null && !category.id().isBlank()) {
					run.formerAddress(base + "/?cat=" + category.id(), target);
				}
			});
			tagTargets.forEach((slug, target) -> {
				run.formerAddress(base + "/tag/" + slug + "/", target);
				run.formerAddress(base + "/?tag=" + slug, target);
			});
			for (Item attachment : attachments.values()) {
				String target = articlePaths.get(attachment.parent());
				if (target == null) {
					continue;
				}
				if (!attachment.link().isBlank()) {
					run.formerAddress(attachment.link(), target);
				}
				run.formerAddress(base + "/?attachment_id=" + attachment.id(), target);
			}
		}

		/** The tags the articles were given, noted once the articles are in. */
		private void tags() {
			tagOrigins.forEach(run::tag);
		}

		/** A nested category's archive path: its parents' slugs first. */
		private String categoryPath(String slug) {
			List<String> path = new ArrayList<>();
			String at = slug;
			for (int depth = 0; at != null && !at.isBlank() && depth < 10; depth++) {
				path.addFirst(at);
				Term term = export.categories().get(at);
				at = term == null ? null : term.parent();
			}
			return String.join("/", path);
		}

		/** An attachment's file under the uploads folder ({@code 2019/05/a.jpg}). */
		private String attachedFile(Item attachment) {
			String attached = attachment.meta("_wp_attached_file");
			return attached != null && !attached.isBlank() ? attached.strip()
					: WordPressMove.uploadPath(attachment.attachmentUrl());
		}

		private @Nullable Path file(String upload) {
			if (options.uploads() == null || upload.isEmpty()) {
				return null;
			}
			Path root = options.uploads().toAbsolutePath().normalize();
			Path file = root.resolve(upload).normalize();
			if (!file.startsWith(root)) {
				return null;
			}
			if (!Files.isRegularFile(file)) {
				Matcher resized = RESIZED.matcher(upload);
				if (resized.find()) {
					Path original = root.resolve(resized.replaceFirst("$1")).normalize();
					if (original.startsWith(root) && Files.isRegularFile(original)) {
						return original;
					}
				}
			}
			return file;
		}

		private String what(Item item) {
			return labels.get("movein.wp.item", item.type(), item.id(), plain(item.title()));
		}

	}

	/** The path of a site's address ({@code /blog}), without its trailing slash. */
	static String basePath(String siteUrl) {
		String key = org.kiosque.web.FormerAddresses.key(siteUrl.isBlank() ? "/" : siteUrl);
		int query = key.indexOf('?');
		String path = query < 0 ? key : key.substring(0, query);
		return path.equals("/") ? "" : path;
	}

	/**
	 * An upload's path under {@code wp-content/uploads/}, from its address; blank if
	 * none.
	 */
	static String uploadPath(String src) {
		int at = src.toLowerCase(Locale.ROOT).indexOf("/wp-content/uploads/");
		if (at < 0) {
			return "";
		}
		String path = src.substring(at + "/wp-content/uploads/".length());
		int end = path.indexOf('?');
		path = end < 0 ? path : path.substring(0, end);
		try {
			return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException badEscape) {
			return path;
		}
	}

	/**
	 * A date of the export: the GMT one ({@code post_date_gmt}), else the local one read
	 * in the site's time zone; {@code null} when neither is set ({@code 0000-00-00}).
	 */
	@Nullable Instant date(String gmt, String local) {
		Instant instant = parse(gmt, true);
		return instant != null ? instant : parse(local, false);
	}

	private @Nullable Instant parse(String text, boolean utc) {
		if (text.isBlank() || text.startsWith("0000")) {
			return null;
		}
		try {
			LocalDateTime time = LocalDateTime.parse(text.strip(), WORDPRESS_DATE);
			return utc ? time.toInstant(ZoneOffset.UTC) : time.atZone(site.timeZone()).toInstant();
		}
		catch (DateTimeParseException unreadable) {
			return null;
		}
	}

	/** A WordPress slug, percent-encoded when it has accents, as text; blank: none. */
	private static @Nullable String slug(String name) {
		if (name.isBlank()) {
			return null;
		}
		try {
			return URLDecoder.decode(name.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException badEscape) {
			return name;
		}
	}

	/**
	 * Text from WordPress's HTML-ish text (titles, excerpts, comments), line breaks kept.
	 */
	static String plain(String html) {
		if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
			return html.strip();
		}
		Document.OutputSettings raw = new Document.OutputSettings().prettyPrint(false);
		return Parser.unescapeEntities(Jsoup.clean(html, "", Safelist.none(), raw), false).strip();
	}

	private static long number(String id) {
		try {
			return Long.parseLong(id.strip());
		}
		catch (NumberFormatException notANumber) {
			return Long.MAX_VALUE;
		}
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
