package org.kiosque.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.article.LeadImage;
import org.kiosque.article.PublishedArticle;
import org.kiosque.site.DataDirectory;
import org.kiosque.site.KiosqueSettings;

/**
 * The index without an fsync per change: a change is searchable at once, reaches the disk
 * at the next commit, and a run that ends before that commit is known at the next start
 * (the {@code uncommitted} mark), so the index is rebuilt.
 */
class SearchIndexRecoveryTests {

	@TempDir
	Path data;

	@Test
	void aChangeIsFoundAtOnceAndMarkedUntilItsCommit() throws IOException {
		ArticleIndex index = new ArticleIndex(directory());
		try {
			assertThat(index.interrupted()).isFalse();
			index.put(article(1, "Le port reprend ses activités"));

			assertThat(index.search("port", 1, 10).hits()).extracting(SearchResult.Hit::articleId).containsExactly(1L);
			assertThat(mark()).as("uncommitted until the commit").exists();

			index.commit();
			assertThat(mark()).doesNotExist();

			index.remove(1);
			assertThat(index.search("port", 1, 10).hits()).isEmpty();
			assertThat(mark()).exists();
		}
		finally {
			index.destroy();
		}
		assertThat(mark()).as("committed at shutdown").doesNotExist();
		ArticleIndex again = new ArticleIndex(directory());
		try {
			assertThat(again.interrupted()).isFalse();
			assertThat(again.size()).isZero();
		}
		finally {
			again.destroy();
		}
	}

	@Test
	void aRunThatEndedWithChangesNotCommittedIsKnownAtTheNextStart() throws IOException {
		ArticleIndex index = new ArticleIndex(directory());
		index.put(article(2, "La sécheresse s’installe"));
		index.destroy();
		// What a crash leaves: the mark, written before the change and never removed.
		Files.createFile(mark());

		ArticleIndex afterCrash = new ArticleIndex(directory());
		try {
			assertThat(afterCrash.interrupted()).isTrue();
			int count = afterCrash.replaceAll(sink -> sink.accept(article(3, "Grève des dockers")));
			assertThat(count).isEqualTo(1);
			assertThat(mark()).as("the rebuild is committed").doesNotExist();
			assertThat(afterCrash.search("docker", 1, 10).hits()).extracting(SearchResult.Hit::articleId)
				.containsExactly(3L);
			assertThat(afterCrash.search("secheresse", 1, 10).hits()).isEmpty();
		}
		finally {
			afterCrash.destroy();
		}
	}

	private DataDirectory directory() {
		return new DataDirectory(new KiosqueSettings(data, false));
	}

	private Path mark() {
		return data.resolve("search").resolve("uncommitted");
	}

	private static PublishedArticle article(long id, String headline) {
		return new PublishedArticle(id, "article-" + id, headline, null, "<p>" + headline + ".</p>", null, List.of(),
				null, null, Instant.parse("2026-11-01T08:00:00Z"), true, new LeadImage(null, null, null), null);
	}

}
