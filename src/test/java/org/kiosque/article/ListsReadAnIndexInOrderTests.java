package org.kiosque.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public lists (front page, sections, feeds, the content API, authors) read an index
 * in the order they show, newest first, and stop at the page's end, on H2 as on
 * PostgreSQL: H2's plan names the index and says it is sorted ({@code /* index sorted}),
 * with no sort of every published article behind it. At 100 000 articles that sort was
 * seconds a page (docs/benchmarks.md, "Scale"). H2 only: PostgreSQL's planner chooses by
 * the table's statistics, and on the tests' few rows a scan and a sort is its right
 * choice; its plans at 100 000 are in docs/benchmarks.md.
 */
@KiosqueTest
class ListsReadAnIndexInOrderTests {

	@Autowired
	ArticleRepository articles;

	@Autowired
	Newsdesk newsdesk;

	@Autowired
	DataSource dataSource;

	private final Instant now = Instant.now();

	private final Keyset somewhere = new Keyset(Instant.now().minusSeconds(86_400), 42);

	@BeforeEach
	void onH2() throws SQLException {
		try (Connection c = dataSource.getConnection()) {
			assumeTrue(c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2"),
					"H2's plans only");
		}
	}

	@Test
	void theLatestArticlesAreReadInTheOrderOfThePublishedIndex() {
		assertThat(plan(Selection.ALL, null, null)).contains("ARTICLE_PUBLISHED").contains("/* index sorted");
		assertThat(plan(Selection.ALL, somewhere, null)).contains("ARTICLE_PUBLISHED").contains("/* index sorted");
		assertThat(plan(Selection.ALL, null, somewhere)).contains("ARTICLE_PUBLISHED").contains("/* index sorted");
	}

	@Test
	void aSectionsArticlesAreReadInTheOrderOfTheSectionIndex() {
		String section = newsdesk.ensureSection("Rubrique ordonnée " + System.nanoTime(), 85);
		Selection of = Selection.of(section, null);

		assertThat(plan(of, null, null)).contains("ARTICLE_SECTION").contains("/* index sorted");
		assertThat(plan(of, somewhere, null)).contains("ARTICLE_SECTION").contains("/* index sorted");
		assertThat(plan(of, null, somewhere)).contains("ARTICLE_SECTION").contains("/* index sorted");
	}

	@Test
	void aTagsArticlesAreReadInTheOrderOfTheTagsOwnIndex() {
		// Not a walk back through the newest articles until a page of the tag's is found
		// (5 095 rows read for a rare tag at 100 000 articles): the tag's rows, in order.
		Selection of = Selection.of(null, "etiquette-ordonnee");

		assertThat(plan(of, null, null)).contains("ARTICLE_TAG_ORDER").contains("/* index sorted");
		assertThat(plan(of, somewhere, null)).contains("ARTICLE_TAG_ORDER").contains("/* index sorted");
		assertThat(plan(of, null, somewhere)).contains("ARTICLE_TAG_ORDER").contains("/* index sorted");
	}

	@Test
	void aSectionAndATagTogetherAreReadInTheOrderOfTheirIndex() {
		String section = newsdesk.ensureSection("Rubrique étiquetée " + System.nanoTime(), 85);
		Selection of = Selection.of(section, "etiquette-ordonnee");

		assertThat(plan(of, null, null)).contains("ARTICLE_TAG_SECTION_ORDER").contains("/* index sorted");
		assertThat(plan(of, somewhere, null)).contains("ARTICLE_TAG_SECTION_ORDER").contains("/* index sorted");
		assertThat(plan(of, null, somewhere)).contains("ARTICLE_TAG_SECTION_ORDER").contains("/* index sorted");
	}

	@Test
	void anAuthorsArticlesAreReadInTheOrderOfTheAuthorIndex() {
		Selection of = Selection.byAuthor(7, "Louise Michel");

		assertThat(plan(of, null, null)).contains("ARTICLE_AUTHOR_ORDER").contains("/* index sorted");
		assertThat(plan(of, somewhere, null)).contains("ARTICLE_AUTHOR_ORDER").contains("/* index sorted");
	}

	@Test
	void theNewsroomsListOfASectionIsReadInTheOrderOfTheSectionsChangeIndex() {
		// Not the section's foreign-key index and a sort of all its rows (23 933 read for
		// 51 at 100 000 articles).
		String section = newsdesk.ensureSection("Rubrique du desk " + System.nanoTime(), 85);
		LedgerQuery of = new LedgerQuery(null, section, null, null, null, null);
		LedgerQuery drafts = new LedgerQuery(ArticleStatus.DRAFT, section, null, null, null, null);

		assertThat(articles.ledgerPlan(of, null, 0, false, 0, 51)).contains("ARTICLE_SECTION_CHANGED")
			.contains("/* index sorted */");
		assertThat(articles.ledgerPlan(of, now, 42, false, 0, 51)).contains("ARTICLE_SECTION_CHANGED")
			.contains("/* index sorted */");
		assertThat(articles.ledgerPlan(drafts, null, 0, false, 0, 51)).contains("ARTICLE_SECTION_STATUS_CHANGED")
			.contains("/* index sorted */");
		assertThat(articles.ledgerPlan(drafts, now, 42, true, 0, 51)).contains("ARTICLE_SECTION_STATUS_CHANGED")
			.contains("/* index sorted */");
	}

	@Test
	void withoutTheIndexsLeadingColumnsInTheOrderH2SortsEveryRow() {
		// What the test above would miss if H2 learnt to skip columns held to one value,
		// or if the plan's wording changed: the old ORDER BY's plan has no index order.
		String plan = String.join("\n",
				org.springframework.jdbc.core.simple.JdbcClient.create(dataSource)
					.sql("EXPLAIN SELECT a.id FROM article a WHERE " + ArticleRepository.VISIBLE
							+ " ORDER BY a.published_at DESC, a.id DESC LIMIT 13")
					.param("now", now.atOffset(java.time.ZoneOffset.UTC))
					.query(String.class)
					.list());

		assertThat(plan).doesNotContain("index sorted");
	}

	private String plan(Selection selection, @Nullable Keyset older, @Nullable Keyset newer) {
		return articles.latestPlan(now, selection, older, newer, 0, 13);
	}

}
