package org.kiosque.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.article.ArticleCatalog;
import org.kiosque.article.ArticleDraft;
import org.kiosque.article.ArticleStatus;
import org.kiosque.article.LeadImage;
import org.kiosque.article.Newsdesk;
import org.kiosque.site.ChangeLog;
import org.kiosque.site.ChangeSettings;
import org.kiosque.site.DataDirectory;
import org.kiosque.site.KiosqueSettings;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A whole rebuild walks the archive by id, a few ids at a time here (so that the shared
 * database's articles make many stretches), and indexes every article the public may see
 * exactly once and nothing else; one cut short goes on from its last commit at the next
 * start instead of starting again.
 */
@KiosqueTest
class SearchRebuildTests {

	/** Ids read at a time: small, for many stretches. */
	private static final int STRETCH = 3;

	@TempDir
	Path data;

	@Autowired
	Newsdesk newsdesk;

	@Autowired
	ArticleCatalog catalog;

	@Autowired
	ChangeLog changes;

	@Autowired
	ChangeSettings changeSettings;

	@Autowired
	JdbcClient jdbc;

	private final List<Long> visible = new ArrayList<>();

	private final List<Long> hidden = new ArrayList<>();

	@BeforeEach
	void archive() {
		for (int i = 0; i < 7; i++) {
			visible.add(newsdesk.create(draft("Article public " + i, ArticleStatus.PUBLISHED, ago(i + 1)), 0).id());
		}
		hidden.add(newsdesk.create(draft("Brouillon", ArticleStatus.DRAFT, null), 0).id());
		hidden
			.add(newsdesk.create(draft("Programmé", ArticleStatus.SCHEDULED, Instant.now().plus(Duration.ofDays(1))), 0)
				.id());
		long embargoed = newsdesk.create(draft("Sous embargo", ArticleStatus.PUBLISHED, ago(1)), 0).id();
		newsdesk.embargo(embargoed, Instant.now().plus(Duration.ofDays(2)));
		hidden.add(embargoed);
		long withdrawn = newsdesk.create(draft("Retiré", ArticleStatus.PUBLISHED, ago(1)), 0).id();
		newsdesk.update(withdrawn, draft("Retiré", ArticleStatus.UNPUBLISHED, ago(1)));
		hidden.add(withdrawn);
	}

	@Test
	void aRebuildIndexesEveryVisibleArticleOnceAndNoOther() throws IOException {
		ArticleIndex index = new ArticleIndex(directory());
		try {
			Search.Indexer indexer = indexer(index);
			indexer.catchUp();

			assertThat(indexer.rebuilds()).isOne();
			assertThat(index.unfinished()).isEmpty();
			assertThat(index.position()).isPresent();
		}
		finally {
			index.destroy();
		}
		List<Long> indexed = committedIds();
		assertThat(indexed).as("each article once").doesNotHaveDuplicates();
		assertThat(new HashSet<>(indexed)).as("what the public may see, and no more")
			.isEqualTo(new HashSet<>(visibleNow()))
			.containsAll(visible)
			.doesNotContainAnyElementsOf(hidden);
		assertThat(visible.size() + hidden.size()).as("this test's ids alone make several stretches")
			.isGreaterThan(3 * STRETCH);
	}

	@Test
	void aRebuildCutShortGoesOnFromItsLastCommitAtTheNextStart() throws IOException {
		ArticleIndex index = new ArticleIndex(directory());
		long cutAfter;
		try {
			Search.Indexer stopped = indexer(index);
			stopped.stop(); // as a node shutting down: the walk commits after its first
							// stretch
			stopped.catchUp();
			assertThat(stopped.rebuilds()).isZero();
			cutAfter = index.unfinished().orElseThrow().after();
			assertThat(cutAfter).isPositive();
		}
		finally {
			index.destroy();
		}
		int before = committedIds().size();
		// The first stretch of ids may hold none that is visible (in the whole suite's
		// database, other tests' drafts come first): at most a stretch is committed.
		assertThat(before).as("the first stretch, committed").isBetween(0, STRETCH);

		ArticleIndex again = new ArticleIndex(directory());
		try {
			assertThat(again.unfinished()).as("read back from the commit").hasValueSatisfying(r -> {
				assertThat(r.after()).isEqualTo(cutAfter);
			});
			assertThat(again.position()).isEmpty();
			Search.Indexer resumed = indexer(again);
			resumed.catchUp();

			assertThat(resumed.rebuilds()).isOne();
			assertThat(resumed.rebuiltArticles()).as("only what the first start had not indexed")
				.isEqualTo(visibleNow().size() - before);
			assertThat(again.unfinished()).isEmpty();

			// Done: it follows the change log from there.
			long later = newsdesk.create(draft("Publié après la reprise", ArticleStatus.PUBLISHED, ago(1)), 0).id();
			resumed.follow();
			assertThat(again.search("reprise", 1, 10).hits()).extracting(SearchResult.Hit::articleId).contains(later);
		}
		finally {
			again.destroy();
		}
		List<Long> indexed = committedIds();
		assertThat(indexed).doesNotHaveDuplicates();
		assertThat(new HashSet<>(indexed)).isEqualTo(new HashSet<>(visibleNow()));
	}

	private Search.Indexer indexer(ArticleIndex index) {
		return new Search.Indexer(index, catalog, changes, changeSettings,
				new SearchSettings(Duration.ofMillis(1), STRETCH));
	}

	/** The ids of the articles the index's last commit holds, one per document. */
	private List<Long> committedIds() throws IOException {
		List<Long> ids = new ArrayList<>();
		try (Directory directory = FSDirectory.open(data.resolve("search"));
				DirectoryReader reader = DirectoryReader.open(directory)) {
			StoredFields fields = reader.storedFields();
			Bits live = MultiBits.getLiveDocs(reader);
			for (int doc = 0; doc < reader.maxDoc(); doc++) {
				if (live == null || live.get(doc)) {
					ids.add(Long.parseLong(fields.document(doc).get("id")));
				}
			}
		}
		return ids;
	}

	/**
	 * Read here without the product's code: the public sees what is published and due.
	 */
	private List<Long> visibleNow() {
		return jdbc.sql("SELECT id FROM article WHERE status = 'PUBLISHED' AND published_at <= :now")
			.param("now", java.time.OffsetDateTime.now())
			.query(Long.class)
			.list();
	}

	private DataDirectory directory() {
		return new DataDirectory(new KiosqueSettings(data, false));
	}

	private static Instant ago(int minutes) {
		return Instant.now().minus(Duration.ofMinutes(minutes));
	}

	private static ArticleDraft draft(String headline, ArticleStatus status, Instant at) {
		String marker = " " + System.nanoTime();
		return new ArticleDraft(headline + marker, null, "Le texte de l’article" + marker + ".", null, List.of(), null,
				null, new LeadImage(null, null, null), status, at, true, null);
	}

}
