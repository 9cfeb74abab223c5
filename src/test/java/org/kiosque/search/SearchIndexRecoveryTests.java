package org.kiosque.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.article.ArchiveStretch;
import org.kiosque.article.LeadImage;
import org.kiosque.article.PublishedArticle;
import org.kiosque.site.DataDirectory;
import org.kiosque.site.KiosqueSettings;

/**
 * The index without an fsync per change: a change is searchable at once and reaches the
 * disk at the next commit, with the change log's position it reflects, so that the next
 * start reads the log on from there; an index without a position, or one that cannot be
 * read, is made anew (and then rebuilt).
 */
class SearchIndexRecoveryTests {

	@TempDir
	Path data;

	@Test
	void aChangeIsFoundAtOnceAndItsPositionReachesTheDiskWithTheCommit() throws IOException {
		ArticleIndex index = new ArticleIndex(directory());
		try {
			assertThat(index.position()).as("a new index must be rebuilt").isEmpty();
			rebuild(index, at(40), article(1, "Le port reprend ses activités"));
			assertThat(index.position()).hasValue(at(40));

			index.put(article(2, "La sécheresse s’installe"));
			index.moveTo(at(42));
			assertThat(index.search("secheresse", 1, 10).hits()).extracting(SearchResult.Hit::articleId)
				.containsExactly(2L);
			index.commit();
			index.remove(1);
			index.moveTo(at(43));
			assertThat(index.search("port", 1, 10).hits()).isEmpty();
		}
		finally {
			index.destroy();
		}
		ArticleIndex again = new ArticleIndex(directory());
		try {
			assertThat(again.position()).as("committed at shutdown").hasValue(at(43));
			assertThat(again.size()).isOne();
		}
		finally {
			again.destroy();
		}
	}

	@Test
	void anIndexThatCannotBeReadIsMadeAnewWithoutAPosition() throws IOException {
		ArticleIndex index = new ArticleIndex(directory());
		rebuild(index, at(7), article(3, "Grève des dockers"));
		index.destroy();
		try (Stream<Path> files = Files.list(data.resolve("search"))) {
			for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
				Files.write(file, new byte[] { 1, 2, 3 });
			}
		}

		ArticleIndex damaged = new ArticleIndex(directory());
		try {
			assertThat(damaged.position()).isEmpty();
			assertThat(damaged.size()).isZero();
			rebuild(damaged, at(9), article(3, "Grève des dockers"));
			assertThat(damaged.search("docker", 1, 10).hits()).extracting(SearchResult.Hit::articleId)
				.containsExactly(3L);
		}
		finally {
			damaged.destroy();
		}
	}

	@Test
	void aRebuildUnderWayIsSearchedAsTheIndexWasAndEachCommitRecordsHowFarItGot() throws IOException {
		ArticleIndex index = new ArticleIndex(directory());
		try {
			rebuild(index, at(5), article(1, "Le port reprend ses activités"));
			index.startRebuild(new Rebuilding(at(8), 8, 0));
			index.addToRebuild(new ArchiveStretch(0, 4, List.of(article(4, "La marée noire"))));
			index.commit();
			assertThat(index.search("port", 1, 10).hits()).as("the index as it was")
				.extracting(SearchResult.Hit::articleId)
				.containsExactly(1L);
			assertThat(index.search("maree", 1, 10).hits()).isEmpty();
		}
		finally {
			index.destroy();
		}
		ArticleIndex again = new ArticleIndex(directory());
		try {
			assertThat(again.position()).as("half an index stands nowhere in the log").isEmpty();
			assertThat(again.unfinished()).hasValue(new Rebuilding(at(8), 8, 4));
			again.addToRebuild(new ArchiveStretch(4, 9, List.of(article(9, "Les dockers en grève"))));
			again.finishRebuild();
			assertThat(again.position()).hasValue(at(8));
			assertThat(again.unfinished()).isEmpty();
			assertThat(again.search("maree", 1, 10).hits()).extracting(SearchResult.Hit::articleId).containsExactly(4L);
			assertThat(again.search("docker", 1, 10).hits()).extracting(SearchResult.Hit::articleId)
				.containsExactly(9L);
			assertThat(again.search("port", 1, 10).hits()).as("emptied by the rebuild's start").isEmpty();
		}
		finally {
			again.destroy();
		}
	}

	/**
	 * A whole rebuild of these articles, in one stretch, from the log's position
	 * {@code at}.
	 */
	private static void rebuild(ArticleIndex index, LogPosition at, PublishedArticle article) {
		index.startRebuild(new Rebuilding(at, at.seq(), 0));
		index.addToRebuild(new ArchiveStretch(0, article.id(), List.of(article)));
		index.finishRebuild();
	}

	/** A position as the indexer gives it: the number and what its row holds. */
	private static LogPosition at(long seq) {
		return new LogPosition(seq, "ArticleChanged 0123456789abcdef " + seq);
	}

	private DataDirectory directory() {
		return new DataDirectory(new KiosqueSettings(data, false));
	}

	private static PublishedArticle article(long id, String headline) {
		return new PublishedArticle(id, "article-" + id, headline, null, "<p>" + headline + ".</p>", null, List.of(),
				null, null, Instant.parse("2026-11-01T08:00:00Z"), true, new LeadImage(null, null, null), null);
	}

}
