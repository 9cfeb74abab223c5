package org.kiosque.movein.ghost;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

import org.jspecify.annotations.Nullable;
import org.kiosque.article.ArticleStatus;
import org.kiosque.article.Slugs;
import org.kiosque.media.Crop;
import org.kiosque.media.PictureRef;
import org.kiosque.media.Rendition;
import org.kiosque.movein.ExportFile;
import org.kiosque.movein.MoveInReport;
import org.kiosque.movein.MovingArticle;
import org.kiosque.movein.MovingIn;
import org.kiosque.movein.OriginKind;
import org.kiosque.movein.Progress;
import org.kiosque.movein.ghost.GhostExport.Author;
import org.kiosque.movein.ghost.GhostExport.Member;
import org.kiosque.movein.ghost.GhostExport.Post;
import org.kiosque.movein.ghost.GhostExport.Tag;
import org.kiosque.newsletter.Newsletter;
import org.kiosque.site.Labels;
import org.springframework.stereotype.Service;

/**
 * {@code import-ghost}: brings a Ghost export into Kiosque through the shared
 * {@link MovingIn} writer, so that a second run of the same export changes nothing and a
 * newer export brings only what changed.
 * <ul>
 * <li>posts become articles (pages are reported, not brought): published, draft,
 * scheduled (published when its time has passed), an email-only post ({@code sent}) not
 * public; Ghost's slug, {@code custom_excerpt} as standfirst, the feature image with its
 * caption (else its alt text) as lead picture, the body's pictures from
 * {@code --images};</li>
 * <li>the primary tag (first by {@code sort_order}) is the section, the other public tags
 * stay tags, internal ones ({@code #…}) are skipped;</li>
 * <li>authors become staff accounts that cannot sign in until invited; the primary author
 * is the article's author, every author's name in its byline;</li>
 * <li>Ghost's addresses answer 301: {@code /{slug}/} (and its {@code /amp/}),
 * {@code /tag/{slug}/}, and {@code /author/{slug}/} of an author who signed first a
 * published post (the author page here lists those, joint bylines included);</li>
 * <li>members who receive a newsletter and whose email works become confirmed
 * subscribers; the others are counted, never subscribed.</li>
 * </ul>
 */
@Service
public class GhostMove {

	/** The old system's name in the origin map. */
	public static final String SYSTEM = "ghost";

	private final MovingIn movingIn;

	private final Newsletter newsletter;

	private final Labels labels;

	private final Clock clock;

	GhostMove(MovingIn movingIn, Newsletter newsletter, Labels labels, Clock clock) {
		this.movingIn = movingIn;
		this.newsletter = newsletter;
		this.labels = labels;
		this.clock = clock;
	}

	/**
	 * What became of the export's members.
	 *
	 * @param subscribed added to the newsletter's list (or would be, in a dry run)
	 * @param already on the list already, left as they were
	 * @param withoutConsent members who never asked for the newsletter (or whose email
	 * Ghost disabled): not subscribed
	 * @param invalid members without a valid address
	 */
	public record Members(int subscribed, int already, int withoutConsent, int invalid) {
	}

	/** What a run did: the shared report, and the members. */
	public record Moved(MoveInReport report, Members members) {
	}

	/**
	 * Imports the export.
	 * @param images the Ghost site's {@code content/images} folder, or {@code null}
	 * @param dryRun whether to write nothing and only tell what would be done
	 * @throws ExportFile.Unopened when there is no such file, or it cannot be read;
	 * nothing was written
	 * @throws GhostExportRefused when the file is no Ghost export; nothing was written
	 */
	public Moved run(Path export, @Nullable Path images, boolean dryRun)
			throws GhostExportRefused, ExportFile.Unopened {
		GhostExport ghost = GhostExportReader.read(export);
		try (Progress progress = Progress.of(labels.get("movein.progress.articles"), ghost.posts().size())) {
			return run(ghost, images, dryRun, progress);
		}
	}

	private Moved run(GhostExport ghost, @Nullable Path images, boolean dryRun, Progress progress) {
		MoveInReport report = new MoveInReport(dryRun);
		MovingIn.Run run = movingIn.begin(SYSTEM, dryRun, report);
		GhostImages files = new GhostImages(images);
		Map<String, String> tagAddresses = new LinkedHashMap<>();
		Map<String, Long> authorAccounts = new LinkedHashMap<>();
		Set<String> sectionTags = new HashSet<>();
		for (Post post : ghost.posts()) {
			if (post.page()) {
				report.skipped(OriginKind.ARTICLE, what(post), labels.get("movein.ghost.page"));
				progress.step();
				continue;
			}
			article(post, run, files, tagAddresses, sectionTags, authorAccounts);
			progress.step();
		}
		for (Tag tag : ghost.tags()) {
			if (tag.internal()) {
				report.count(OriginKind.TAG, MoveInReport.Outcome.SKIPPED);
			}
		}
		tags(ghost, run);
		for (Map.Entry<String, String> tag : tagAddresses.entrySet()) {
			run.formerAddress("/tag/" + tag.getKey() + "/", tag.getValue());
		}
		for (Author author : ghost.authors()) {
			Long account = authorAccounts.get(author.id());
			if (account != null && account > 0) {
				run.formerAddress("/author/" + author.slug() + "/", "/auteur/" + account);
			}
		}
		return new Moved(report, members(ghost.members(), dryRun));
	}

	/**
	 * The tags the posts kept as tags (neither a primary tag nor an internal one), noted
	 * in the origin map and the report once the articles are in.
	 */
	private static void tags(GhostExport ghost, MovingIn.Run run) {
		Map<String, String> slugs = new LinkedHashMap<>();
		for (Post post : ghost.posts()) {
			for (Tag tag : post.page() ? List.<Tag>of() : post.tags()) {
				if (tag != post.primaryTag() && !tag.internal()) {
					slugs.putIfAbsent(tag.id(), Slugs.of(tag.name()));
				}
			}
		}
		slugs.forEach(run::tag);
	}

	private void article(Post post, MovingIn.Run run, GhostImages files, Map<String, String> tagAddresses,
			Set<String> sectionTags, Map<String, Long> authorAccounts) {
		MoveInReport report = run.report();
		String what = what(post);
		Tag primary = post.primaryTag();
		String section = null;
		if (primary != null) {
			section = run.section(primary.id(), primary.name());
			tagAddresses.put(primary.slug(), "/section/" + section);
			sectionTags.add(primary.id());
		}
		List<String> tags = new ArrayList<>();
		for (Tag tag : post.tags()) {
			if (tag != primary && !tag.internal()) {
				tags.add(tag.name());
				if (!sectionTags.contains(tag.id())) {
					tagAddresses.putIfAbsent(tag.slug(), "/tag/" + Slugs.of(tag.name()));
				}
			}
		}
		Long authorId = null;
		String authorOrigin = null;
		StringJoiner byline = new StringJoiner(", ");
		for (Author author : post.authors()) {
			long account = run.staff(author.id(), author.email(), author.name());
			if (authorId == null && account > 0) {
				authorId = account;
				authorOrigin = author.id();
			}
			byline.add(author.name());
		}
		GhostCopy.Copy copy = GhostCopy.markdown(post.body(), reference -> lookup(reference, run, files, what));
		copy.leftovers().forEach(line -> report.leftover(what, line));
		Long lead = null;
		String leadCaption = null;
		if (post.featureImage() != null) {
			Optional<PictureRef> picture = picture(post.featureImage(), run, files, what);
			if (picture.isPresent()) {
				lead = picture.get().id();
				leadCaption = GhostCopy.plain(post.featureImageCaption()).orElse(post.featureImageAlt());
			}
		}
		if (!"public".equals(post.visibility()) && post.status() != GhostExport.Status.DRAFT) {
			report.note(what, labels.get("movein.ghost.members-only", post.visibility()));
		}
		ArticleStatus status = status(post);
		Instant published = post.publishedAt() != null ? post.publishedAt()
				: status == ArticleStatus.PUBLISHED ? post.createdAt() : null;
		List<String> former = status == ArticleStatus.PUBLISHED
				? List.of("/" + post.slug() + "/", "/" + post.slug() + "/amp/") : List.of();
		if (status == ArticleStatus.PUBLISHED && authorOrigin != null) {
			// Kiosque's author page lists the articles an account wrote first (its
			// byline alone or a joint one): a Ghost author who only co-signed, or only
			// has drafts, has none here, and their old page would lead to a 404.
			authorAccounts.putIfAbsent(authorOrigin, authorId);
		}
		run.article(new MovingArticle(post.id(), post.title(), post.slug(), post.customExcerpt(), copy.markdown(),
				status, published, section, tags, authorId, byline.length() == 0 ? null : byline.toString(), lead,
				leadCaption, 0, former, List.of()));
	}

	/**
	 * Where Ghost's post stands here: a scheduled post whose time has passed (an export
	 * taken just before) is published; an email-only post was never on the site.
	 */
	private ArticleStatus status(Post post) {
		return switch (post.status()) {
			case PUBLISHED -> ArticleStatus.PUBLISHED;
			case DRAFT -> ArticleStatus.DRAFT;
			case SCHEDULED -> post.publishedAt() != null && post.publishedAt().isAfter(clock.instant())
					? ArticleStatus.SCHEDULED : ArticleStatus.PUBLISHED;
			case SENT -> ArticleStatus.UNPUBLISHED;
		};
	}

	private GhostCopy.Lookup lookup(String reference, MovingIn.Run run, GhostImages files, String what) {
		if (files.find(reference) instanceof GhostImages.Where.Elsewhere elsewhere) {
			return new GhostCopy.Lookup.Elsewhere(elsewhere.url());
		}
		Optional<PictureRef> picture = picture(reference, run, files, what);
		if (picture.isPresent()) {
			return new GhostCopy.Lookup.InLibrary(path(picture.get()));
		}
		// In a dry run a picture not brought yet is found but not kept: it would come.
		return run.dryRun() && files.find(reference) instanceof GhostImages.Where.File
				? new GhostCopy.Lookup.InLibrary("/media/") : new GhostCopy.Lookup.Missing(reference);
	}

	/**
	 * A picture of the Ghost site in the library, its origin the path under
	 * {@code content/images} so that the same file used twice is kept once.
	 */
	private Optional<PictureRef> picture(String reference, MovingIn.Run run, GhostImages files, String what) {
		return switch (files.find(reference)) {
			case GhostImages.Where.File file -> run.picture(file.relative(), file.path(), what);
			case GhostImages.Where.Missing missing -> run.picture(missing.relative(), null, what);
			case GhostImages.Where.Elsewhere elsewhere -> {
				run.report().note(what, labels.get("movein.ghost.picture-elsewhere", elsewhere.url()));
				yield Optional.empty();
			}
		};
	}

	/** A body picture's address: its full crop, the widest up to 1 280 pixels. */
	static String path(PictureRef picture) {
		List<Integer> widths = picture.widths(Crop.FULL);
		int width = widths.getFirst();
		for (int w : widths) {
			if (w <= 1280) {
				width = w;
			}
		}
		return new Rendition(picture.id(), picture.version(), Crop.FULL, width, Rendition.Format.JPEG).path();
	}

	private Members members(List<Member> members, boolean dryRun) {
		int subscribed = 0;
		int already = 0;
		int without = 0;
		int invalid = 0;
		for (Member member : members) {
			if (!member.consented()) {
				without++;
				continue;
			}
			switch (newsletter.welcome(member.email(), member.name(), dryRun)) {
				case ADDED -> subscribed++;
				case ALREADY_THERE -> already++;
				case INVALID -> invalid++;
			}
		}
		return new Members(subscribed, already, without, invalid);
	}

	private String what(Post post) {
		return labels.get("movein.what.article", post.id(), post.title());
	}

}
