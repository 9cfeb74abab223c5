package org.kiosque.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A tag's pages and the content API's section and tag read the tag's own rows, which copy
 * their article's section, status and publication time ({@link TagListings}): after every
 * kind of write — a tag given and taken, a withdrawal, a new date, a new section, an
 * embargo, a schedule moved, cancelled and come due, a merge, a bulk write — the lists
 * show what the articles say, in their order, and no copy disagrees with its article.
 */
@KiosqueTest
class TagListsFollowTheirArticlesTests {

	@LocalServerPort
	int port;

	@Autowired
	Newsdesk newsdesk;

	@Autowired
	ArticleCatalog catalog;

	@Autowired
	ScheduleRepository schedule;

	@Autowired
	Tags tags;

	@Autowired
	ArticleBulk bulk;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	private final long n = System.nanoTime();

	private final String tag = "Suivi " + n;

	private final Instant hourAgo = Instant.now().minusSeconds(3_600);

	@Test
	void aTagGivenTakenAndGivenAgainIsListedOnlyWhileTheArticleHasIt() {
		long id = create("Étiqueté", ArticleStatus.PUBLISHED, hourAgo, null, List.of(tag));
		assertThat(listed(null)).containsExactly(id);

		update(id, "Étiqueté", ArticleStatus.PUBLISHED, hourAgo, null, List.of());
		assertThat(listed(null)).isEmpty();

		update(id, "Étiqueté", ArticleStatus.PUBLISHED, hourAgo, null, List.of("Autre " + n, tag));
		assertThat(listed(null)).containsExactly(id);
		assertThat(strays(id)).isZero();
	}

	@Test
	void aWithdrawnArticleLeavesItsTagsPagesAndComesBackInItsNewPlace() {
		long older = create("Ancien", ArticleStatus.PUBLISHED, hourAgo.minusSeconds(600), null, List.of(tag));
		long newer = create("Récent", ArticleStatus.PUBLISHED, hourAgo, null, List.of(tag));
		assertThat(listed(null)).containsExactly(newer, older);

		update(newer, "Récent", ArticleStatus.UNPUBLISHED, hourAgo, null, List.of(tag));
		assertThat(listed(null)).containsExactly(older);
		assertThat(new Browser(port).get("/tag/" + Slugs.of(tag)).html().text()).doesNotContain("Récent " + n);

		// Published again, dated before the other: listed after it.
		update(newer, "Récent", ArticleStatus.PUBLISHED, hourAgo.minusSeconds(1_200), null, List.of(tag));
		assertThat(listed(null)).containsExactly(older, newer);
		// Dated in the future: not listed until then.
		update(newer, "Récent", ArticleStatus.PUBLISHED, Instant.now().plusSeconds(3_600), null, List.of(tag));
		assertThat(listed(null)).containsExactly(older);
		assertThat(strays(older, newer)).isZero();
	}

	@Test
	void aSectionAndATagTogetherFollowTheArticlesSection() {
		String politics = newsdesk.ensureSection("Suivi politique " + n, 86);
		String culture = newsdesk.ensureSection("Suivi culture " + n, 87);
		long id = create("Rubriqué", ArticleStatus.PUBLISHED, hourAgo, politics, List.of(tag));
		long other = create("Ailleurs", ArticleStatus.PUBLISHED, hourAgo.minusSeconds(60), culture, List.of(tag));
		assertThat(listed(politics)).containsExactly(id);
		assertThat(listed(culture)).containsExactly(other);

		update(id, "Rubriqué", ArticleStatus.PUBLISHED, hourAgo, culture, List.of(tag));
		assertThat(listed(politics)).isEmpty();
		assertThat(listed(culture)).containsExactly(id, other);
		var api = new Browser(port).get("/api/content/articles?section=" + culture + "&tag=" + Slugs.of(tag));
		assertThat(api.status()).isEqualTo(200);
		assertThat(api.body()).contains("Rubriqué " + n).contains("Ailleurs " + n);
		assertThat(strays(id, other)).isZero();
	}

	@Test
	void anEmbargoTakesATaggedArticleOffItsTagUntilItIsPublishedAgain() {
		long id = create("Sous embargo", ArticleStatus.PUBLISHED, hourAgo, null, List.of(tag));
		assertThat(listed(null)).containsExactly(id);

		newsdesk.embargo(id, Instant.now().plusSeconds(3_600));
		assertThat(listed(null)).isEmpty();
		assertThat(strays(id)).isZero();

		// The embargo lifted, the schedule brought forward and come due: listed again.
		newsdesk.embargo(id, null);
		comeDue(id);
		assertThat(listed(null)).containsExactly(id);
		assertThat(strays(id)).isZero();
	}

	@Test
	void aScheduledArticleIsListedUnderItsTagOnceItsTimeHasCome() {
		long id = create("Programmé", ArticleStatus.SCHEDULED, Instant.now().plusSeconds(86_400), null, List.of(tag));
		assertThat(listed(null)).isEmpty();

		Boolean moved = new TransactionTemplate(transactions)
			.execute(status -> schedule.move(id, Instant.now().plusSeconds(7_200), Instant.now()));
		assertThat(moved).isTrue();
		assertThat(strays(id)).isZero();
		Boolean cancelled = new TransactionTemplate(transactions).execute(status -> schedule.cancel(id, Instant.now()));
		assertThat(cancelled).isTrue();
		assertThat(strays(id)).isZero();

		update(id, "Programmé", ArticleStatus.SCHEDULED, Instant.now().plusSeconds(86_400), null, List.of(tag));
		comeDue(id);
		assertThat(listed(null)).containsExactly(id);
		assertThat(strays(id)).isZero();
	}

	@Test
	void aMergedTagsArticlesAreListedUnderTheOtherInTheirOrder() {
		String merged = "Fusionné " + n;
		long first = create("Premier", ArticleStatus.PUBLISHED, hourAgo.minusSeconds(120), null, List.of(tag));
		long second = create("Deuxième", ArticleStatus.PUBLISHED, hourAgo.minusSeconds(60), null, List.of(merged));
		long third = create("Troisième", ArticleStatus.PUBLISHED, hourAgo, null, List.of(tag, merged));

		tags.merge(catalog.tagEntry(Slugs.of(merged)).orElseThrow().id(), tag);

		assertThat(listed(null)).containsExactly(third, second, first);
		assertThat(strays(first, second, third)).isZero();
	}

	@Test
	void aBulkWritesArticlesAreListedUnderTheirTagsInOrder() {
		String section = newsdesk.ensureSection("Suivi en masse " + n, 88);
		List<ArticleBulk.Written> written = bulk.publish(bulk.prepare(List.of(
				new ArticleBulk.Item("En masse ancien " + n, "Chapeau.", List.of("Texte."), section, List.of(tag),
						"Rédaction", null, hourAgo.minusSeconds(60)),
				new ArticleBulk.Item("En masse récent " + n, "Chapeau.", List.of("Texte."), section, List.of(tag),
						"Rédaction", null, hourAgo))));

		assertThat(listed(null)).containsExactly(written.get(1).id(), written.get(0).id());
		assertThat(listed(section)).containsExactly(written.get(1).id(), written.get(0).id());
		assertThat(strays(written.get(0).id(), written.get(1).id())).isZero();
	}

	@Test
	void aRareTagsPagesAreKeysetPagedInTheTagsOrder() {
		List<Long> ids = new java.util.ArrayList<>();
		for (int i = 0; i < 5; i++) {
			ids.add(0, create("Page " + i, ArticleStatus.PUBLISHED, hourAgo.plusSeconds(i), null, List.of(tag)));
		}
		Selection of = Selection.of(null, Slugs.of(tag));

		ArticlePage first = catalog.latest(of, 1, 2);
		ArticlePage second = catalog.older(of, first.nextKeyset(), 2);
		ArticlePage third = catalog.older(of, second.nextKeyset(), 2);
		ArticlePage back = catalog.newer(of, second.previousKeyset(), 2);

		assertThat(ids(first)).containsExactlyElementsOf(ids.subList(0, 2));
		assertThat(ids(second)).containsExactlyElementsOf(ids.subList(2, 4));
		assertThat(ids(third)).containsExactlyElementsOf(ids.subList(4, 5));
		assertThat(third.hasNext()).isFalse();
		assertThat(ids(back)).isEqualTo(ids(first));
		assertThat(back.hasPrevious()).isFalse();
	}

	private long create(String headline, ArticleStatus status, Instant at,
			@org.jspecify.annotations.Nullable String section, List<String> tagNames) {
		return newsdesk.create(draft(headline, status, at, section, tagNames), 0).id();
	}

	private void update(long id, String headline, ArticleStatus status, Instant at,
			@org.jspecify.annotations.Nullable String section, List<String> tagNames) {
		newsdesk.update(id, draft(headline, status, at, section, tagNames));
	}

	private ArticleDraft draft(String headline, ArticleStatus status, Instant at,
			@org.jspecify.annotations.Nullable String section, List<String> tagNames) {
		return new ArticleDraft(headline + " " + n, null, "Texte.", section, tagNames, null, null,
				new LeadImage(null, null, null), status, at, true, null);
	}

	/** The ids the tag's first page lists (in the section, when given), in its order. */
	private List<Long> listed(@org.jspecify.annotations.Nullable String section) {
		return ids(catalog.latest(Selection.of(section, Slugs.of(tag)), 1, 20));
	}

	private static List<Long> ids(ArticlePage page) {
		return page.items().stream().map(ArticleTeaser::id).toList();
	}

	/**
	 * Brings scheduled article {@code id} due and claims it as the schedule's check
	 * would; the node's own timer may claim it first, which is as good.
	 */
	private void comeDue(long id) {
		Instant due = Instant.now().minusSeconds(5);
		Boolean claimed = new TransactionTemplate(transactions)
			.execute(status -> schedule.move(id, due, Instant.now()) && schedule.claim(id, Instant.now()));
		assertThat(Boolean.TRUE.equals(claimed) || published(id)).isTrue();
	}

	private boolean published(long id) {
		return "PUBLISHED"
			.equals(jdbc.sql("SELECT status FROM article WHERE id = :id").param("id", id).query(String.class).single());
	}

	/**
	 * How many tag rows of these articles disagree with their article's section, status
	 * or publication time.
	 */
	private long strays(Long... ids) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM article_tag at JOIN article a ON a.id = at.article_id
				WHERE at.article_id IN (:ids) AND (at.status <> a.status
				    OR COALESCE(at.section_id, -1) <> COALESCE(a.section_id, -1)
				    OR (at.published_at IS NULL AND a.published_at IS NOT NULL)
				    OR (at.published_at IS NOT NULL AND a.published_at IS NULL)
				    OR at.published_at <> a.published_at)
				""").param("ids", List.of(ids)).query(Long.class).single();
	}

}
