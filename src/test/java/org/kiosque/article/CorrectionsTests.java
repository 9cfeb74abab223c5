package org.kiosque.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;

import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.kiosque.site.NewspaperDates;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A correction of a published article, as readers and machines see it: at the foot of the
 * page with its French date, in the JSON-LD's {@code dateModified}, the Atom entry's
 * {@code updated} and the sitemap's {@code lastmod}, at once (the page copy is dropped);
 * refused on anything not published; its text cleaned and escaped. A plain edit changes
 * none of it; {@link Newsdesk#markRevised} does.
 */
@KiosqueTest
class CorrectionsTests {

	private static final long EDITOR = 424_242;

	@LocalServerPort
	int port;

	@Autowired
	Newsdesk newsdesk;

	@Autowired
	Corrections corrections;

	@Autowired
	MeterRegistry meters;

	@Autowired
	NewspaperDates dates;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ArticleRepository articles;

	@Test
	void aCorrectionShowsAtTheFootWithItsDateAndMovesDateModifiedAtOnce() {
		Instant publishedAt = Instant.now().minusSeconds(3);
		var article = published("Le budget de la ville " + System.nanoTime(), publishedAt);
		var before = new Browser(port).get(article.path());
		double copiesBefore = copiesServed();
		var copy = new Browser(port).get(article.path());
		assertThat(copiesServed() - copiesBefore).as("the page was copied, so the copy must go").isEqualTo(1);
		assertThat(before.html().select(".corrections, .dateline .updated")).isEmpty();
		assertThat(ld(copy).path("dateModified").asString()).isEqualTo(ld(copy).path("datePublished").asString())
			.isEqualTo(iso(publishedAt));

		Correction made = corrections.add(article.id(),
				"Le budget est de 12 millions d’euros, et non de 21 millions comme écrit d’abord.", EDITOR,
				"Claire Rédactrice");

		var after = new Browser(port).get(article.path());
		assertThat(after.status()).isEqualTo(200);
		Element correction = after.html().selectFirst("section.corrections p.correction");
		assertThat(correction).isNotNull();
		// French: a no-break space before the colon (wholeText keeps it, text() would
		// not).
		assertThat(correction.wholeText())
			.matches("Correctif du \\d{1,2}(er)? \\p{L}+ \\d{4}\u00a0: Le budget est de 12 "
					+ "millions d’euros, et non de 21 millions comme écrit d’abord\\.");
		assertThat(correction.selectFirst("time").attr("datetime")).isEqualTo(iso(made.madeAt()));
		assertThat(after.html().select(".dateline .updated").text()).startsWith("Mis à jour le ");
		assertThat(after.html().select(".dateline .updated time").attr("datetime")).isEqualTo(iso(made.madeAt()));
		JsonNode ld = ld(after);
		assertThat(ld.path("datePublished").asString()).isEqualTo(iso(publishedAt));
		assertThat(ld.path("dateModified").asString()).isEqualTo(iso(made.madeAt())).isNotEqualTo(iso(publishedAt));
		assertThat(ld.path("correction").path(0).path("@type").asString()).isEqualTo("CorrectionComment");
		assertThat(ld.path("correction").path(0).path("text").asString()).isEqualTo(made.text());
		assertThat(after.body()).doesNotContain("Claire Rédactrice");
	}

	@Test
	void aCorrectionMovesTheAtomEntrysUpdatedAndTheSitemapsLastmod() {
		Instant publishedAt = Instant.now().minusSeconds(3);
		var article = published("Les horaires du musée " + System.nanoTime(), publishedAt);
		assertThat(atomUpdated(article)).isEqualTo(publishedAt.truncatedTo(ChronoUnit.SECONDS));
		assertThat(lastmod(article, publishedAt)).isEqualTo(iso(publishedAt));

		Correction made = corrections.add(article.id(), "Le musée ouvre à 10 heures, et non à 9 heures.", EDITOR,
				"Claire");

		assertThat(atomUpdated(article)).isEqualTo(made.madeAt().truncatedTo(ChronoUnit.SECONDS));
		assertThat(lastmod(article, publishedAt)).isEqualTo(iso(made.madeAt()));
	}

	@Test
	void aCorrectionIsRefusedOnAnythingNotPublishedAndNothingIsRecorded() {
		String text = "Jamais imprimé " + System.nanoTime();
		var draft = newsdesk
			.create(draft("Un brouillon " + System.nanoTime(), ArticleStatus.DRAFT, Instant.now().minusSeconds(60)), 0);
		var scheduled = newsdesk.create(
				draft("Pour demain " + System.nanoTime(), ArticleStatus.SCHEDULED, Instant.now().plusSeconds(86_400)),
				0);
		var publishedLater = newsdesk.create(draft("Daté de demain " + System.nanoTime(), ArticleStatus.PUBLISHED,
				Instant.now().plusSeconds(86_400)), 0);

		for (long id : List.of(draft.id(), scheduled.id(), publishedLater.id(), Long.MAX_VALUE)) {
			assertThatThrownBy(() -> corrections.add(id, text, EDITOR, "Claire")).as("article %d", id)
				.isInstanceOfSatisfying(CorrectionRefused.class,
						refused -> assertThat(refused.messageKey()).isEqualTo("correction.refused.not-published"));
		}
		// Once published, the same article takes it; the refusals left nothing behind.
		newsdesk.update(draft.id(), draft("Un brouillon publié " + System.nanoTime(), ArticleStatus.PUBLISHED,
				Instant.now().minusSeconds(60)));
		corrections.add(draft.id(), "Accepté " + text, EDITOR, "Claire");
		// A refusal inside the editor's own transaction leaves the edit free to be saved.
		String edited = "Un article programmé, refusé mais enregistré " + System.nanoTime();
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			newsdesk.update(scheduled.id(), draft(edited, ArticleStatus.SCHEDULED, Instant.now().plusSeconds(86_400)));
			assertThatThrownBy(() -> corrections.add(scheduled.id(), text, EDITOR, "Claire"))
				.isInstanceOf(CorrectionRefused.class);
		});
		assertThat(articles.stored(scheduled.id()).orElseThrow().slug()).isEqualTo(Slugs.of(edited));
		var list = new Browser(port).get("/corrections");
		assertThat(list.body()).contains("Accepté " + text);
		assertThat(list.html().select("p:containsOwn(" + text + ")")).hasSize(1);
	}

	@Test
	void anEmptyOrOverlongCorrectionIsRefused() {
		var article = published("Un article juste " + System.nanoTime(), Instant.now().minusSeconds(60));
		for (String empty : List.of("", "   ", "\u000B\n\t")) {
			assertThatThrownBy(() -> corrections.add(article.id(), empty, EDITOR, "Claire")).isInstanceOfSatisfying(
					CorrectionRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("correction.refused.empty"));
		}
		assertThatThrownBy(() -> corrections.add(article.id(), "x".repeat(Corrections.MAX_LENGTH + 1), EDITOR, "C"))
			.isInstanceOfSatisfying(CorrectionRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("correction.refused.too-long"));
		// The same rule, for the editor's form before anything is saved.
		assertThat(Corrections.check("correction", " \u000B ").key("correction")).isEqualTo("correction.refused.empty");
		assertThat(Corrections.check("correction", "y".repeat(Corrections.MAX_LENGTH + 1)).key("correction"))
			.isEqualTo("correction.refused.too-long");
		assertThat(Corrections.check("correction", "y".repeat(Corrections.MAX_LENGTH) + " \n ").isEmpty()).isTrue();
		assertThat(new Browser(port).get(article.path()).html().select(".corrections, .dateline .updated")).isEmpty();
	}

	@Test
	void markupAndControlCharactersInACorrectionAreEscapedAndCleaned() {
		var article = published("Un article piégé " + System.nanoTime(), Instant.now().minusSeconds(60));
		String typed = "Il fallait lire <script>alert(1)</script> & « 12\u000B000 » </script><!--<script>";

		Correction made = corrections.add(article.id(), typed, EDITOR, "Claire\u000BRédactrice");

		String cleaned = "Il fallait lire <script>alert(1)</script> & « 12 000 » </script><!--<script>";
		assertThat(made.text()).isEqualTo(cleaned);
		for (String path : List.of(article.path(), "/corrections")) {
			var page = new Browser(port).get(path);
			assertThat(page.body()).as(path)
				.doesNotContain("<script>alert", "<!--<script>", "\u000B")
				.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; « 12 000 »");
			assertThat(page.html().select("main p:contains(Il fallait lire)").text()).as(path).endsWith(cleaned);
			assertThat(page.html().select("script:not([type=application/ld+json])")).as(path).isEmpty();
		}
		var page = new Browser(port).get(article.path());
		String json = page.html().select("script[type=application/ld+json]").first().data();
		assertThat(json).doesNotContain("<", ">", "&");
		assertThat(JsonMapper.shared().readTree(json).path("correction").path(0).path("text").asString())
			.isEqualTo(cleaned);
	}

	@Test
	void aPlainEditChangesNothingVisibleButARevisionMovesTheModificationTime() {
		Instant publishedAt = Instant.now().minusSeconds(3);
		var article = published("Une dépêche retouchée " + System.nanoTime(), publishedAt);

		String retouched = "Une dépêche retouchée, sans faute " + System.nanoTime();
		var edited = newsdesk.update(article.id(), draft(retouched, ArticleStatus.PUBLISHED, publishedAt));
		var page = new Browser(port).get(edited.path());
		assertThat(page.html().select("h1").text()).isEqualTo(retouched);
		assertThat(ld(page).path("dateModified").asString()).isEqualTo(iso(publishedAt));
		assertThat(page.html().select(".dateline .updated")).isEmpty();
		assertThat(atomUpdated(edited)).isEqualTo(publishedAt.truncatedTo(ChronoUnit.SECONDS));

		Instant revisedAround = Instant.now();
		assertThat(newsdesk.markRevised(article.id())).isTrue();

		var revised = new Browser(port).get(edited.path());
		Instant modified = Instant.parse(ld(revised).path("dateModified").asString());
		assertThat(modified).isAfterOrEqualTo(revisedAround.truncatedTo(ChronoUnit.SECONDS));
		assertThat(revised.html().select(".dateline .updated time").attr("datetime")).isEqualTo(iso(modified));
		assertThat(revised.html().select(".corrections")).as("a revision is no correction").isEmpty();
		assertThat(atomUpdated(edited)).isEqualTo(modified);
		// Not published: nothing to revise, nothing moved.
		var draft = newsdesk.create(draft("Pas encore " + System.nanoTime(), ArticleStatus.DRAFT, null), 0);
		assertThat(newsdesk.markRevised(draft.id())).isFalse();
	}

	private Newsdesk.Written published(String headline, Instant publishedAt) {
		return newsdesk.create(draft(headline, ArticleStatus.PUBLISHED, publishedAt), 0);
	}

	static ArticleDraft draft(String headline, ArticleStatus status, @Nullable Instant publishedAt) {
		return new ArticleDraft(headline, "Chapeau.", "Texte.", null, List.of(), null, "AFP",
				new LeadImage(null, null, null), status, publishedAt, true, null);
	}

	private static JsonNode ld(Browser.Page page) {
		return JsonMapper.shared().readTree(page.html().select("script[type=application/ld+json]").first().data());
	}

	/** The Atom entry's {@code updated}, found by the article's link. */
	private Instant atomUpdated(Newsdesk.Written article) {
		Document atom = Jsoup.parse(new Browser(port).get("/feed.atom").body(), "", Parser.xmlParser());
		Element entry = atom.select("entry")
			.stream()
			.filter(e -> e.select("link").attr("href").endsWith(article.path()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No Atom entry for " + article.path()));
		return Instant.parse(entry.selectFirst("updated").text());
	}

	/** The article's {@code lastmod} in its month's sitemap. */
	private String lastmod(Newsdesk.Written article, Instant publishedAt) {
		String path = "/sitemap-" + YearMonth.from(publishedAt.atZone(ZoneOffset.UTC)) + ".xml";
		Document sitemap = Jsoup.parse(new Browser(port).get(path).body(), "", Parser.xmlParser());
		return sitemap.select("url")
			.stream()
			.filter(u -> u.selectFirst("loc").text().endsWith(article.path()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("Not in " + path + ": " + article.path()))
			.selectFirst("lastmod")
			.text();
	}

	/** As pages print machine-readable times: to the second, in the site's zone. */
	private String iso(Instant instant) {
		return dates.iso(instant);
	}

	private double copiesServed() {
		var counter = meters.find("kiosque.pages.copies").tag("result", "hit").counter();
		return counter == null ? 0 : counter.count();
	}

}
