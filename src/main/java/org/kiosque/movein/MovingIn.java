package org.kiosque.movein;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kiosque.account.People;
import org.kiosque.account.Person;
import org.kiosque.account.Role;
import org.kiosque.article.ArticleCatalog;
import org.kiosque.article.ArticleEdit;
import org.kiosque.article.ArticleLedger;
import org.kiosque.article.ArticleStatus;
import org.kiosque.article.DeskArticle;
import org.kiosque.article.Newsdesk;
import org.kiosque.article.PublishedArticle;
import org.kiosque.article.SectionEntry;
import org.kiosque.article.SectionRef;
import org.kiosque.article.Sections;
import org.kiosque.article.Slugs;
import org.kiosque.article.TagEntry;
import org.kiosque.comment.ArchivedComments;
import org.kiosque.desk.Desk;
import org.kiosque.media.Crop;
import org.kiosque.media.PictureRef;
import org.kiosque.media.PictureRefused;
import org.kiosque.media.Pictures;
import org.kiosque.movein.MoveInReport.Outcome;
import org.kiosque.site.EmailAddress;
import org.kiosque.site.Labels;
import org.kiosque.web.FormerAddresses;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * The one writer of a move: brings what an importer read from an export (WordPress,
 * Ghost) into Kiosque through the features' own services ({@link Newsdesk},
 * {@link People}, {@link Pictures}, {@link ArchivedComments}, {@link FormerAddresses}),
 * asking the {@link Origins origin map} first, so that a second run of the same export
 * writes nothing and a newer one only what changed.
 * <p>
 * Use: {@code Run run = movingIn.begin("wordpress", dryRun, report)}; then
 * {@link Run#staff}, {@link Run#section} and {@link Run#picture} for what articles refer
 * to, {@link Run#article} for each article with its comments (one transaction each: an
 * article never comes half), {@link Run#formerAddress} for archive pages. Every outcome
 * is counted in the {@link MoveInReport}; a dry run asks the same questions and writes
 * nothing.
 */
@Service
public class MovingIn {

	private final Origins origins;

	private final Newsdesk newsdesk;

	private final Sections sections;

	private final People people;

	private final Pictures pictures;

	private final ArchivedComments comments;

	private final FormerAddresses addresses;

	private final TransactionTemplate transactions;

	private final Labels labels;

	private final ArticleCatalog catalog;

	private final ArticleLedger ledger;

	private final Desk desk;

	MovingIn(Origins origins, Newsdesk newsdesk, Sections sections, People people, Pictures pictures,
			ArchivedComments comments, FormerAddresses addresses, TransactionTemplate transactions, Labels labels,
			ArticleCatalog catalog, ArticleLedger ledger, Desk desk) {
		this.catalog = catalog;
		this.ledger = ledger;
		this.desk = desk;
		this.origins = origins;
		this.newsdesk = newsdesk;
		this.sections = sections;
		this.people = people;
		this.pictures = pictures;
		this.comments = comments;
		this.addresses = addresses;
		this.transactions = transactions;
		this.labels = labels;
	}

	/**
	 * Starts a run.
	 * @param system the old platform's name in the origin map ({@code wordpress},
	 * {@code ghost}), at most 20 characters
	 * @param dryRun whether to write nothing, only count what would be written
	 * @param report where outcomes are counted
	 */
	public Run begin(String system, boolean dryRun, MoveInReport report) {
		return new Run(system, dryRun, report);
	}

	/**
	 * What an article wrote.
	 *
	 * @param outcome created, updated, unchanged or skipped (then {@code id} is -1)
	 * @param id the article's id; -1 in a dry run for an article not yet brought over
	 * @param path its address ({@code /article/slug}), or {@code null} when unknown (a
	 * dry run's new article, a skipped one)
	 */
	public record Written(Outcome outcome, long id, @Nullable String path) {
	}

	/**
	 * A picture of the library as a figure in a Markdown body: an HTML block (CommonMark
	 * keeps it; the body's sanitiser allows {@code figure}, {@code img} and
	 * {@code figcaption}) showing its full crop at the widest width up to 1 280 pixels,
	 * with the caption as {@code alt} text and below.
	 */
	public static String figure(PictureRef picture, @Nullable String caption) {
		List<Integer> widths = picture.widths(Crop.FULL);
		int width = widths.isEmpty() ? picture.width() : widths.getFirst();
		for (int w : widths) {
			if (w <= 1280) {
				width = w;
			}
		}
		int height = picture.width() == 0 ? 0 : (int) ((long) picture.height() * width / picture.width());
		String text = caption == null ? "" : HtmlUtils.htmlEscape(caption.strip(), "UTF-8");
		String src = new org.kiosque.media.Rendition(picture.id(), picture.version(), Crop.FULL, width,
				org.kiosque.media.Rendition.Format.JPEG)
			.path();
		return "<figure><img src=\"" + src + "\" alt=\"" + text + "\" width=\"" + width + "\" height=\"" + height
				+ "\">" + (text.isEmpty() ? "" : "<figcaption>" + text + "</figcaption>") + "</figure>";
	}

	/** One import of one export. Not thread-safe: one run, one thread. */
	public final class Run {

		private final String system;

		private final boolean dryRun;

		private final MoveInReport report;

		private @Nullable Map<String, Origins.Known> commentOrigins;

		private @Nullable Map<String, Origins.Known> articleOrigins;

		private final Map<String, Long> staffIds = new HashMap<>();

		private final Map<String, String> sectionSlugs = new HashMap<>();

		/**
		 * The sections articles file into, by their slug of now: their id, which the
		 * editors' renaming them leaves alone; -1 for a section a dry run has yet to
		 * make.
		 */
		private final Map<String, Long> sectionIds = new HashMap<>();

		/** The slugs a section had before the editors renamed it, by its id. */
		private final Map<Long, List<String>> formerSectionSlugs = new HashMap<>();

		/**
		 * A dry run's pictures that would be created: counted once, then unchanged, as a
		 * run that keeps them counts them.
		 */
		private final java.util.Set<String> picturesToCome = new java.util.HashSet<>();

		private Run(String system, boolean dryRun, MoveInReport report) {
			if (system.isBlank() || system.length() > 20) {
				throw new IllegalArgumentException("A system name of 1 to 20 characters: " + system);
			}
			this.system = system;
			this.dryRun = dryRun;
			this.report = report;
		}

		public MoveInReport report() {
			return report;
		}

		public boolean dryRun() {
			return dryRun;
		}

		/**
		 * The staff account of an author of the old site: the one made at an earlier run,
		 * else the account of that address, else a new one that cannot sign in until an
		 * admin invites it ({@link People#addAwaitingInvitation}), as a contributor.
		 * @param originId the author's id on the old site (its login)
		 * @param email the author's address; blank or invalid: a made-up one,
		 * {@code login@auteurs.invalid} (RFC 2606: never delivered), to replace before
		 * inviting
		 * @return the account's id; -1 in a dry run for an author not yet brought over
		 */
		public long staff(String originId, @Nullable String email, String displayName) {
			Long cached = staffIds.get(originId);
			if (cached != null) {
				return cached;
			}
			Optional<Origins.Known> known = origins.find(system, OriginKind.ACCOUNT, originId);
			if (known.isPresent() && people.find(known.get().kiosqueId()).isPresent()) {
				report.count(OriginKind.ACCOUNT, Outcome.UNCHANGED);
				staffIds.put(originId, known.get().kiosqueId());
				return known.get().kiosqueId();
			}
			String address = email != null && EmailAddress.parse(email) instanceof EmailAddress.Valid ? email
					: Slugs.of(originId) + "@auteurs.invalid";
			if (dryRun) {
				Optional<Person> existing = people.find(EmailAddress.normalize(address));
				report.count(OriginKind.ACCOUNT, existing.isPresent() ? Outcome.UNCHANGED : Outcome.CREATED);
				long id = existing.map(Person::id).orElse(-1L);
				staffIds.put(originId, id);
				return id;
			}
			long id = transactions.execute(status -> {
				Person person = people.addAwaitingInvitation(address, displayName, Role.CONTRIBUTOR);
				origins.remember(system, OriginKind.ACCOUNT, originId, person.id(),
						Origins.fingerprint(address, displayName), 0);
				return person.id();
			});
			report.count(OriginKind.ACCOUNT, Outcome.CREATED);
			staffIds.put(originId, id);
			return id;
		}

		/**
		 * The section a category (or primary tag) of the old site files into: the one
		 * made or found at an earlier run (under its name and address of now, if the
		 * editors renamed it), else the section of that name (or the one the editors
		 * renamed from it), else a new one. Counted created only when it is made here.
		 * @return the section's slug
		 */
		public String section(String originId, String name) {
			String cached = sectionSlugs.get(originId);
			if (cached != null) {
				return cached;
			}
			Optional<Origins.Known> known = origins.find(system, OriginKind.SECTION, originId);
			Optional<SectionEntry> noted = known.flatMap(k -> sections.find(k.kiosqueId()));
			String slug;
			long id;
			if (noted.isPresent()) {
				report.count(OriginKind.SECTION, Outcome.UNCHANGED);
				slug = noted.get().slug();
				id = noted.get().id();
			}
			else if (dryRun) {
				Optional<SectionRef> there = newsdesk.sectionNamed(name);
				report.count(OriginKind.SECTION, there.isPresent() ? Outcome.UNCHANGED : Outcome.CREATED);
				slug = there.map(SectionRef::slug).orElseGet(() -> Slugs.of(name));
				id = there.map(SectionRef::id).orElse(-1L);
			}
			else {
				record Filed(SectionRef section, boolean made) {
				}
				Filed filed = transactions.execute(status -> {
					Optional<SectionRef> there = newsdesk.sectionNamed(name);
					SectionRef section = there.orElseGet(() -> {
						String made = newsdesk.ensureSection(name, sections.all().size());
						return sections.all()
							.stream()
							.filter(s -> s.slug().equals(made))
							.findFirst()
							.map(SectionEntry::ref)
							.orElseThrow();
					});
					origins.remember(system, OriginKind.SECTION, originId, section.id(), Origins.fingerprint(name), 0);
					return new Filed(section, there.isEmpty());
				});
				// A section of that name was there already: found, not made.
				report.count(OriginKind.SECTION, filed.made() ? Outcome.CREATED : Outcome.UNCHANGED);
				slug = filed.section().slug();
				id = filed.section().id();
			}
			sectionSlugs.put(originId, slug);
			sectionIds.put(slug, id);
			return slug;
		}

		/**
		 * A picture of the old site in the library: the one brought at an earlier run,
		 * else the file, checked and kept by {@link Pictures}. A missing or refused file
		 * is noted in the report (the article still comes, without it).
		 * @param originId the picture's id on the old site (an attachment's id, an
		 * upload's path)
		 * @param file the file, or {@code null} when the export names none
		 * @param what how the report names what uses it ({@code post 12 « Titre »})
		 * @return the picture; empty when missing, refused, or in a dry run
		 */
		public Optional<PictureRef> picture(String originId, @Nullable Path file, String what) {
			Optional<Origins.Known> known = origins.find(system, OriginKind.PICTURE, originId);
			Optional<PictureRef> kept = known.flatMap(k -> pictures.find(k.kiosqueId()));
			if (kept.isPresent() || dryRun && picturesToCome.contains(originId)) {
				report.count(OriginKind.PICTURE, Outcome.UNCHANGED);
				return kept;
			}
			if (file == null || !Files.isRegularFile(file)) {
				report.note(what, labels.get("movein.picture.missing", file == null ? originId : file.toString()));
				report.count(OriginKind.PICTURE, Outcome.SKIPPED);
				return Optional.empty();
			}
			if (dryRun) {
				picturesToCome.add(originId);
				report.count(OriginKind.PICTURE, Outcome.CREATED);
				return Optional.empty();
			}
			try (InputStream in = Files.newInputStream(file)) {
				PictureRef picture = pictures.upload(file.getFileName().toString(), in, null);
				origins.remember(system, OriginKind.PICTURE, originId, picture.id(),
						Origins.fingerprint(picture.version()), 0);
				report.count(OriginKind.PICTURE, Outcome.CREATED);
				return Optional.of(picture);
			}
			catch (PictureRefused refused) {
				report.skipped(OriginKind.PICTURE, what,
						labels.get("movein.picture.refused", file.toString(), refused.getMessage()));
				return Optional.empty();
			}
			catch (IOException | UncheckedIOException failed) {
				report.skipped(OriginKind.PICTURE, what,
						labels.get("movein.picture.refused", file.toString(), failed.getMessage()));
				return Optional.empty();
			}
		}

		/**
		 * Brings an article with its comments and its former addresses, in one
		 * transaction: new, it is created (its read count opened at
		 * {@link MovingArticle#reads()}); changed since the last run, it is written again
		 * (reads counted there since are added); unchanged, nothing is written. Comments
		 * new or changed since are brought the same way. An article that cannot be
		 * written (no headline, an unknown section) is skipped and reported; the run goes
		 * on.
		 */
		public Written article(MovingArticle article) {
			if (article.headline().isBlank()) {
				report.skipped(OriginKind.ARTICLE, what(article), labels.get("movein.skip.no-headline"));
				return new Written(Outcome.SKIPPED, -1, null);
			}
			Optional<Origins.Known> known = Optional.ofNullable(articleOrigins().get(article.originId()))
				.filter(k -> newsdesk.lead(k.kiosqueId()).isPresent());
			String fingerprint = article.fingerprint(sectionKey(article.sectionSlug()));
			// The same post as at the last run: nothing of the article to write again,
			// whatever the newsroom did to it (or to its section) since.
			boolean same = known.isPresent()
					&& (known.get().fingerprint().equals(fingerprint) || notedUnderASlug(known.get(), article));
			Outcome outcome = known.isEmpty() ? Outcome.CREATED
					: same && known.get().carriedCount() >= article.reads() ? Outcome.UNCHANGED : Outcome.UPDATED;
			if (dryRun) {
				report.count(OriginKind.ARTICLE, outcome);
				comments(article, known.map(Origins.Known::kiosqueId).orElse(-1L));
				for (String old : article.status() == ArticleStatus.PUBLISHED ? article.formerAddresses()
						: List.<String>of()) {
					if (!addresses.known(old)) {
						report.formerAddress();
					}
				}
				return new Written(outcome, known.map(Origins.Known::kiosqueId).orElse(-1L), null);
			}
			try {
				Written written = transactions.execute(status -> write(article, known, fingerprint, same, outcome));
				report.count(OriginKind.ARTICLE, outcome);
				return written;
			}
			catch (RuntimeException refused) {
				// What was noted in the rolled back transaction was not kept.
				commentOrigins = null;
				articleOrigins = null;
				report.skipped(OriginKind.ARTICLE, what(article),
						labels.get("movein.skip.refused", String.valueOf(refused.getMessage())));
				return new Written(Outcome.SKIPPED, -1, null);
			}
		}

		/** How the report names the article, made only when it has something to say. */
		private String what(MovingArticle article) {
			return labels.get("movein.what.article", article.originId(), article.headline());
		}

		/**
		 * @param same whether the post is the one brought at the last run (then only its
		 * reads may be added)
		 */
		private Written write(MovingArticle article, Optional<Origins.Known> known, String fingerprint, boolean same,
				Outcome outcome) {
			ArticleEdit edit = new ArticleEdit(article.headline(), article.standfirst(), article.bodyMarkdown(),
					article.sectionSlug(), article.tags(), article.byline(), null, article.slug(), null,
					article.status(), article.publishedAt(), article.authorId());
			long id;
			String slug;
			if (known.isEmpty()) {
				Newsdesk.Written created = newsdesk.create(edit, article.reads());
				id = created.id();
				slug = created.slug();
				// A new article has no lead: setting none would read it to change
				// nothing.
				if (article.leadPictureId() != null
						|| article.leadCaption() != null && !article.leadCaption().isBlank()) {
					newsdesk.setLead(id, article.leadPictureId(), article.leadCaption(), null);
				}
			}
			else {
				id = known.get().kiosqueId();
				slug = same ? newsdesk.slug(id).orElseThrow() : rewrite(id, edit, article);
				newsdesk.addReads(id, article.reads() - known.get().carriedCount());
			}
			// A note in an earlier version's form is made again in today's, once.
			if (outcome != Outcome.UNCHANGED || !known.get().fingerprint().equals(fingerprint)) {
				Origins.Known now = new Origins.Known(id, fingerprint,
						Math.max(article.reads(), known.map(Origins.Known::carriedCount).orElse(0L)));
				// Never noted before: written at once, without first trying an update.
				if (articleOrigins().containsKey(article.originId())) {
					origins.remember(system, OriginKind.ARTICLE, article.originId(), id, now.fingerprint(),
							now.carriedCount());
				}
				else {
					origins.rememberNew(system, OriginKind.ARTICLE,
							List.of(new Origins.Noted(article.originId(), now)));
				}
				articleOrigins().put(article.originId(), now);
			}
			String path = PublishedArticle.pathOf(slug);
			// Only a public article had public addresses: a draft's or a private post's
			// would
			// answer 301 to a page that is not there, its address made from an
			// unpublished
			// headline. A later run, once it is published, brings them.
			if (article.status() == ArticleStatus.PUBLISHED) {
				for (String old : article.formerAddresses()) {
					if (addresses.remember(old, path)) {
						report.formerAddress();
					}
				}
			}
			comments(article, id);
			return new Written(outcome, id, path);
		}

		/**
		 * Writes again an article whose post changed on the old site since the last run,
		 * over what the newsroom made of it, and records that as a revision of its
		 * history ({@link Desk#recordImport}), the old platform its author: the
		 * newsroom's text stays in the revision before, to compare and restore.
		 * @return the article's slug
		 */
		private String rewrite(long id, ArticleEdit edit, MovingArticle article) {
			// Held as the desk holds it: a save in between waits, then reconciles.
			newsdesk.hold(id);
			DeskArticle before = ledger.find(id).orElseThrow();
			if (before.status() == ArticleStatus.UNPUBLISHED) {
				// Taken down by the newsroom (a legal request, a mistake): the old site's
				// text may come in, its "published" never puts the article back up.
				edit = new ArticleEdit(edit.headline(), edit.standfirst(), edit.bodyMarkdown(), edit.sectionSlug(),
						edit.tags(), edit.byline(), edit.source(), edit.slug(), edit.description(),
						ArticleStatus.UNPUBLISHED, before.publishedAt(), edit.by());
			}
			String slug = newsdesk.revise(before, edit).slug();
			boolean leadChanged = newsdesk.setLead(id, article.leadPictureId(), article.leadCaption(), null);
			desk.recordImport(before, leadChanged, platform(),
					labels.get("movein.revision.note", platform(), article.originId()));
			return slug;
		}

		/**
		 * The old platform as the newsroom names it: {@code WordPress}, {@code Ghost}.
		 */
		private String platform() {
			return switch (system) {
				case "wordpress" -> "WordPress";
				case "ghost" -> "Ghost";
				default -> system;
			};
		}

		/**
		 * What stands for the section {@code slug} in an article's fingerprint: its id,
		 * which the editors' renaming the section leaves alone (its name and slug
		 * change), so that a post filed in a renamed section is still the same post; the
		 * slug itself for a section a dry run has yet to make.
		 */
		private @Nullable String sectionKey(@Nullable String slug) {
			if (slug == null) {
				return null;
			}
			long id = sectionId(slug);
			return id < 0 ? slug : "section#" + id;
		}

		/** The id of the section {@code slug} (its slug of now); -1 for none yet. */
		private long sectionId(String slug) {
			Long id = sectionIds.get(slug);
			if (id == null) {
				// A slug the run's section() did not give (an importer's own).
				id = sections.all()
					.stream()
					.filter(s -> s.slug().equals(slug))
					.findFirst()
					.map(SectionEntry::id)
					.orElse(-1L);
				sectionIds.put(slug, id);
			}
			return id;
		}

		/**
		 * Whether the note is of the article as it is, made by an earlier version of
		 * Kiosque, whose fingerprint held the section's slug of the time where its id now
		 * stands: the slug it has, or one it had before the editors renamed it. Without
		 * this, the first run after an upgrade would take every post with a section for
		 * changed and write it over the newsroom's edits.
		 */
		private boolean notedUnderASlug(Origins.Known known, MovingArticle article) {
			String slug = article.sectionSlug();
			long id = slug == null ? -1 : sectionId(slug);
			if (id < 0) {
				// No section: the fingerprint is the same in either form.
				return false;
			}
			List<String> slugs = new ArrayList<>();
			slugs.add(slug);
			slugs.addAll(formerSectionSlugs.computeIfAbsent(id, sections::formerSlugs));
			for (String was : slugs) {
				if (known.fingerprint().equals(article.fingerprint(was))) {
					return true;
				}
			}
			return false;
		}

		private void comments(MovingArticle article, long articleId) {
			if (article.comments().isEmpty()) {
				return;
			}
			Map<String, Origins.Known> known = commentOrigins();
			// The new ones' notes go in one batch once the article's comments are filed.
			List<Origins.Noted> fresh = new ArrayList<>();
			for (MovingComment comment : article.comments()) {
				Origins.Known before = known.get(comment.originId());
				String fingerprint = comment.fingerprint();
				if (before != null && before.fingerprint().equals(fingerprint)) {
					report.count(OriginKind.COMMENT, Outcome.UNCHANGED);
					continue;
				}
				if (dryRun) {
					report.count(OriginKind.COMMENT, before == null ? Outcome.CREATED : Outcome.UPDATED);
					continue;
				}
				long id;
				if (before == null) {
					Origins.Known parent = comment.parentOriginId() == null ? null
							: known.get(comment.parentOriginId());
					id = comments.file(articleId, parent == null ? null : parent.kiosqueId(), comment.authorName(),
							comment.authorEmail(), comment.body(), comment.standing(), comment.writtenAt());
					report.count(OriginKind.COMMENT, Outcome.CREATED);
				}
				else {
					id = before.kiosqueId();
					comments.refile(id, comment.body(), comment.standing(), Instant.now());
					report.count(OriginKind.COMMENT, Outcome.UPDATED);
				}
				Origins.Known now = new Origins.Known(id, fingerprint, 0);
				if (before == null) {
					fresh.add(new Origins.Noted(comment.originId(), now));
				}
				else {
					// The notes waiting first: this comment's may be one of them (an
					// export naming a comment twice).
					origins.rememberNew(system, OriginKind.COMMENT, fresh);
					fresh.clear();
					origins.remember(system, OriginKind.COMMENT, comment.originId(), id, fingerprint, 0);
				}
				known.put(comment.originId(), now);
			}
			origins.rememberNew(system, OriginKind.COMMENT, fresh);
		}

		/**
		 * Notes a tag the run's articles were given, in the origin map and the report:
		 * created the first time a run meets it, unchanged after. The tag itself is
		 * written with its first article (by name, see {@link Newsdesk}); call this once
		 * the articles are in, so that the next run knows it.
		 * @param originId the tag's id on the old site ({@code tag:slug} for WordPress)
		 * @param slug the Kiosque tag's slug ({@link org.kiosque.article.Slugs#of} of its
		 * name)
		 */
		public void tag(String originId, String slug) {
			if (origins.find(system, OriginKind.TAG, originId).isPresent()) {
				report.count(OriginKind.TAG, Outcome.UNCHANGED);
				return;
			}
			Optional<TagEntry> tag = dryRun ? Optional.empty() : catalog.tagEntry(slug);
			if (!dryRun && tag.isEmpty()) {
				// Only on articles that were skipped: nothing came.
				return;
			}
			tag.ifPresent(
					t -> origins.remember(system, OriginKind.TAG, originId, t.id(), Origins.fingerprint(t.name()), 0));
			report.count(OriginKind.TAG, Outcome.CREATED);
		}

		/**
		 * Makes an address of the old site that is no article's (a category or tag
		 * archive, an attachment page) answer 301 to {@code newPath}.
		 */
		public void formerAddress(String oldAddress, String newPath) {
			if (dryRun) {
				if (!addresses.known(oldAddress)) {
					report.formerAddress();
				}
				return;
			}
			Boolean changed = transactions.execute(status -> addresses.remember(oldAddress, newPath));
			if (Boolean.TRUE.equals(changed)) {
				report.formerAddress();
			}
		}

		/**
		 * Every article brought over from the system at earlier runs and this one, read
		 * once: one query instead of one per article.
		 */
		private Map<String, Origins.Known> articleOrigins() {
			Map<String, Origins.Known> known = articleOrigins;
			if (known == null) {
				known = new HashMap<>(origins.all(system, OriginKind.ARTICLE));
				articleOrigins = known;
			}
			return known;
		}

		private Map<String, Origins.Known> commentOrigins() {
			Map<String, Origins.Known> known = commentOrigins;
			if (known == null) {
				known = new HashMap<>(origins.all(system, OriginKind.COMMENT));
				commentOrigins = known;
			}
			return known;
		}

	}

}
