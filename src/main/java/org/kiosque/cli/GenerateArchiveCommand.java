package org.kiosque.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.kiosque.article.ArticleBulk;
import org.kiosque.article.Newsdesk;
import org.kiosque.comment.CommentBulk;
import org.kiosque.desk.RevisionBulk;
import org.kiosque.reading.ReadBulk;
import org.kiosque.site.Labels;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code generate-archive [--seed=S] [--batch=B] N}: adds N published articles spread
 * over the ten years before now, with French-looking copy ({@link ArchiveText}),
 * sections, three tags each among a few hundred, about two revisions and one and a half
 * approved comments each, and long-tailed read counts; then rebuilds the search index.
 * For benchmarks and demonstrations of a large archive (issue #19), on whatever database
 * the settings name.
 * <p>
 * Written {@code --batch} articles per transaction through the owning features' bulk
 * writers ({@link ArticleBulk}, {@link RevisionBulk}, {@link CommentBulk},
 * {@link ReadBulk}): a batch is all there or not at all. The next batch is made ready
 * (its copy drawn, its bodies rendered) on another thread while one is written. The same
 * seed on the same archive writes the same articles; a second run adds to the archive,
 * whatever is in it. On a terminal, a progress line on standard error; at the end, one
 * line on standard output: how many, how long, how fast. The search index is the
 * server's: it is rebuilt at the server's next start (or at once, when run inside a
 * server, as the tests do).
 */
@Command(name = "generate-archive", mixinStandardHelpOptions = true)
final class GenerateArchiveCommand implements KiosqueCommand {

	private static final Duration TEN_YEARS = Duration.ofDays(3653);

	@Option(names = "--seed", paramLabel = "${bundle:label.number}", descriptionKey = "generate-archive.seed")
	long seed = 19;

	@Option(names = "--batch", paramLabel = "${bundle:label.number}", descriptionKey = "generate-archive.batch")
	int batch = 1000;

	@Parameters(arity = "1", paramLabel = "N", descriptionKey = "generate-archive.count")
	int count;

	/** N and {@code --batch} are positive. */
	@Override
	public Optional<UsageProblem> usageProblem() {
		return count < 1 || batch < 1 ? Optional.of(new UsageProblem("error.archive.count")) : Optional.empty();
	}

	@Override
	public int run(ApplicationContext application) {
		Labels labels = application.getBean(Labels.class);
		Newsdesk newsdesk = application.getBean(Newsdesk.class);
		ArticleBulk articles = application.getBean(ArticleBulk.class);
		RevisionBulk revisions = application.getBean(RevisionBulk.class);
		CommentBulk comments = application.getBean(CommentBulk.class);
		ReadBulk reads = application.getBean(ReadBulk.class);
		TransactionTemplate transaction = application.getBean(TransactionTemplate.class);
		Clock clock = application.getBean(Clock.class);

		ArchiveText text = new ArchiveText(seed);
		Map<String, String> sections = new LinkedHashMap<>();
		for (int i = 0; i < ArchiveText.SECTIONS.size(); i++) {
			String name = ArchiveText.SECTIONS.get(i);
			sections.put(name, newsdesk.ensureSection(name, i + 1));
		}
		PrintStream progress = System.console() != null ? System.err : null;
		Instant end = clock.instant().minusSeconds(60);
		Plan plan = new Plan(text, sections, end.minus(TEN_YEARS), TEN_YEARS.toMillis() / count, end);
		long started = System.nanoTime();
		long cpu = cpuNanos();
		long newest = 0;
		int[] totals = new int[3];
		// One thread makes the next batch ready (its copy, in order, so that a seed gives
		// the same archive; its rendering, on every core) while this one writes.
		ExecutorService preparer = Executors.newSingleThreadExecutor();
		try {
			Future<Batch> next = preparer.submit(() -> plan.batch(articles, 0, Math.min(batch, count)));
			for (int from = 0; from < count; from += batch) {
				Batch current = next.get();
				int following = from + batch;
				if (following < count) {
					next = preparer.submit(() -> plan.batch(articles, following, Math.min(batch, count - following)));
				}
				newest = transaction.execute(status -> write(articles, revisions, comments, reads, current, totals));
				if (progress != null) {
					progress.print("\r" + labels.get("cli.archive.progress", from + current.size(), count,
							rate(from + current.size(), System.nanoTime() - started)));
					progress.flush();
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 130;
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
		finally {
			preparer.shutdownNow();
		}
		long written = System.nanoTime() - started;
		articles.announce(newest);
		if (progress != null) {
			progress.println();
		}
		System.out.println(labels.get("cli.archive.done", count, totals[0], totals[1], written / 1e9,
				rate(count, written), (cpuNanos() - cpu) / 1e9));
		// Each article has its row in the change log: every node's search index takes it
		// from there, running or at its next start.
		System.out.println(labels.get("cli.archive.search"));
		return 0;
	}

	/** One batch: articles, their revisions, comments and reads; the newest id. */
	private static long write(ArticleBulk articles, RevisionBulk revisions, CommentBulk comments, ReadBulk reads,
			Batch batch, int[] totals) {
		List<ArticleBulk.Written> written = articles.publish(batch.prepared());
		List<RevisionBulk.History> histories = new ArrayList<>(written.size());
		List<CommentBulk.Posted> posted = new ArrayList<>();
		Map<Long, Long> readCounts = new LinkedHashMap<>();
		for (int i = 0; i < written.size(); i++) {
			ArticleBulk.Written w = written.get(i);
			Planned planned = batch.planned().get(i);
			ArticleBulk.Item item = w.item();
			histories.add(new RevisionBulk.History(w.id(), w.slug(), item.headline(), item.standfirst(),
					batch.prepared().markdown().get(i), item.sectionSlug(), item.tags(), item.byline(), item.source(),
					item.publishedAt(), planned.drafts()));
			totals[0] += planned.drafts() + 1;
			for (Remark remark : planned.remarks()) {
				posted.add(new CommentBulk.Posted(w.id(), remark.name(), remark.email(), remark.body(), remark.at()));
				totals[1]++;
			}
			readCounts.put(w.id(), planned.reads());
		}
		revisions.record(histories);
		comments.add(posted);
		reads.add(readCounts);
		return written.getLast().id();
	}

	/**
	 * The CPU time of this process so far, every thread (0 where the system says not).
	 */
	private static long cpuNanos() {
		return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
	}

	/**
	 * The archive to write, article by article: its copy and everything drawn at random
	 * for it (revisions, comments, reads) come from one {@link ArchiveText} in order.
	 */
	private record Plan(ArchiveText text, Map<String, String> sections, Instant start, long step, Instant now) {

		/** Articles {@code from} to {@code from + size - 1}, ready to write. */
		Batch batch(ArticleBulk articles, int from, int size) {
			List<Planned> planned = new ArrayList<>(size);
			List<ArticleBulk.Item> items = new ArrayList<>(size);
			for (int i = from; i < from + size; i++) {
				String agency = text.agency();
				// Oldest first, evenly spread, a random time within each article's slot;
				// the last one minutes before now.
				Instant at = start.plusMillis(step * i + (long) (text.unit() * step));
				ArticleBulk.Item item = new ArticleBulk.Item(text.headline(), text.standfirst(), text.body(agency),
						sections.get(text.section()), text.tags(), text.byline(), agency, at);
				int drafts = text.drafts();
				List<Remark> remarks = new ArrayList<>();
				for (int c = text.comments(); c > 0; c--) {
					remarks.add(new Remark(text.person(), "lecteur" + text.below(100_000) + "@example.org",
							text.comment(), earliest(at.plusSeconds(600 + text.below(3 * 86_400)), now)));
				}
				items.add(item);
				planned.add(new Planned(drafts, remarks, text.reads()));
			}
			return new Batch(planned, articles.prepare(items));
		}

	}

	/** A batch ready to write: what was drawn for each article, and the articles. */
	private record Batch(List<Planned> planned, ArticleBulk.Prepared prepared) {

		int size() {
			return planned.size();
		}

	}

	/** What was drawn for one article besides its copy. */
	private record Planned(int drafts, List<Remark> remarks, long reads) {
	}

	/** An approved comment to write once its article has an id. */
	private record Remark(String name, String email, String body, Instant at) {
	}

	private static Instant earliest(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	private static long rate(long articles, long nanos) {
		return nanos == 0 ? 0 : Math.round(articles * 1e9 / nanos);
	}

}
