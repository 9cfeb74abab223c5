package org.kiosque.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.article.ArticleStatus;
import org.kiosque.article.Newsdesk;
import org.kiosque.ingest.DispatchImport.AlreadyThere;
import org.kiosque.ingest.DispatchImport.Imported;
import org.kiosque.ingest.DispatchImport.Options;
import org.kiosque.ingest.DispatchImport.Outcome;
import org.kiosque.ingest.DispatchImport.Rejected;
import org.kiosque.ingest.DispatchRejected.Reason;
import org.kiosque.site.SiteSettings;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@KiosqueTest
class DispatchImportTests {

	static final String NBSP = "\u00a0";

	@LocalServerPort
	int port;

	@Autowired
	DispatchImport importer;

	@Autowired
	Newsdesk newsdesk;

	@Autowired
	SiteSettings site;

	@TempDir
	Path folder;

	/** A dispatch in the seed's form. */
	static String dispatch(String headline, String dateLine, String... paragraphs) {
		return "Connectez-vous\n\n" + headline + "\n\n" + dateLine + "\n\n"
				+ String.join("\n\n" + NBSP + "\n\n", paragraphs) + "\n\n" + NBSP
				+ "\nNombre de lectures : 1 204 fois\n\nNouveau commentaire :\n\n\nInscription à la newsletter";
	}

	static String path(String url) {
		return URI.create(url).getPath();
	}

	static String plain(String text) {
		return text.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ").strip();
	}

	Path file(String name, String text) throws Exception {
		return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
	}

	@Test
	void theSeedBecomesAnArticlePageWithEveryPartInItsPlace() throws Exception {
		Outcome outcome = importer.importBytes(DispatchParserTests.seed(), Options.published(null));

		assertThat(outcome).isInstanceOf(Imported.class);
		Imported imported = (Imported) outcome;
		assertThat(imported.status()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(imported.url()).isEqualTo(site.absolute(
				"/article/le-chef-des-services-de-renseignement-de-turkiye-rencontre-une-delegation-du-hamas-a-istanbul"));
		Dispatch seed = imported.dispatch();

		var page = new Browser(port).get(path(imported.url()));
		assertThat(page.status()).isEqualTo(200);
		var html = page.html();
		assertThat(html.select("header.masthead").text()).contains("Connectez-vous");
		assertThat(html.select("h1").text()).isEqualTo(seed.headline());
		Element time = html.selectFirst("article time[datetime]");
		assertThat(time.text()).isEqualTo("samedi 24 janvier 2026");
		assertThat(time.attr("datetime")).isEqualTo("2026-01-24T00:00:00+01:00");
		Element figure = html.selectFirst("article figure");
		assertThat(figure.select("figcaption").text()).isEqualTo("Ibrahim Kalin, chef du Renseignement turc");
		assertThat(figure.select("img")).isEmpty();
		assertThat(html.select("img")).isEmpty();
		Element body = html.selectFirst("article .body");
		assertThat(body.select("p").eachText().stream().map(DispatchImportTests::plain).toList())
			.containsExactlyElementsOf(seed.paragraphs().stream().map(DispatchImportTests::plain).toList());
		assertThat(body.text()).doesNotContain("Connectez-vous", "Nouveau commentaire", "Inscription à la newsletter",
				"Nombre de lectures", "[AA]", "Ibrahim Kalin, chef du Renseignement turc");
		assertThat(body.select("h1, h2, ul, ol, blockquote, img, a, em, strong, code")).isEmpty();

		// Every part of the page, in the order a reader meets them.
		String text = page.text();
		List<String> inOrder = List.of("Connectez-vous", seed.headline(), "samedi 24 janvier 2026",
				"Ibrahim Kalin, chef du Renseignement turc", plain(seed.paragraphs().getFirst()),
				plain(seed.paragraphs().get(5)), plain(seed.paragraphs().getLast()), "[AA]",
				"Nombre de lectures : 66 fois", "Nouveau commentaire", "Inscription à la newsletter");
		List<Integer> positions = new ArrayList<>();
		for (String part : inOrder) {
			int at = text.indexOf(part, positions.isEmpty() ? 0 : positions.getLast());
			assertThat(at).as("«%s» after the previous part", part).isGreaterThanOrEqualTo(0);
			positions.add(at);
		}
		assertThat(text.indexOf("Ibrahim Kalin"))
			.isEqualTo(text.lastIndexOf("Ibrahim Kalin, chef du Renseignement turc"));

		// The same dispatch again is recognised, and nothing new is made.
		Outcome again = importer.importBytes(DispatchParserTests.seed(), Options.published(null));
		assertThat(again).isEqualTo(new AlreadyThere(imported.articleId(), imported.url()));
		assertThat(new Browser(port).get(path(imported.url()) + "-2").status()).isEqualTo(404);
	}

	@Test
	void aRejectedFileAmongOthersLeavesTheOthersImportedAndNothingOfItself() throws Exception {
		long n = System.nanoTime();
		Path first = file("premier.txt", dispatch("Premier titre " + n, "1er mai 2026", "Premier texte. [APS]"));
		Path broken = file("casse.txt", dispatch("Titre cassé " + n, "31 février 2026", "Texte perdu. [APS]"));
		Path last = file("dernier.txt", dispatch("Dernier titre " + n, "lundi 3 février 2025", "Dernier texte. (AFP)"));

		List<Outcome> outcomes = new ArrayList<>();
		for (Path f : List.of(first, broken, last)) {
			outcomes.add(importer.importFile(f, Options.published(null)));
		}

		assertThat(outcomes.get(0)).isInstanceOf(Imported.class);
		assertThat(outcomes.get(1)).isInstanceOfSatisfying(Rejected.class,
				r -> assertThat(r.reason().reason()).isEqualTo(Reason.IMPOSSIBLE_DATE));
		assertThat(outcomes.get(2)).isInstanceOf(Imported.class);
		var browser = new Browser(port);
		assertThat(browser.get(path(((Imported) outcomes.get(0)).url())).text()).contains("Premier texte.", "[APS]",
				"Nombre de lectures : 1 204 fois");
		var lastPage = browser.get(path(((Imported) outcomes.get(2)).url()));
		assertThat(lastPage.text()).contains("Dernier texte.", "[AFP]", "lundi 3 février 2025");
		assertThat(browser.get("/article/titre-casse-" + n).status()).isEqualTo(404);
	}

	@Test
	void aDispatchThatCannotBeStoredLeavesNothingBehind() throws Exception {
		long n = System.nanoTime();
		// Every asterisk is escaped: the body outgrows its column, and the insert fails.
		String huge = "*".repeat(DispatchParser.MAX_BYTES - 300);
		Dispatch tooBig = DispatchParser
			.parse(dispatch("Trop long " + n, "1er mai 2026", huge).getBytes(StandardCharsets.UTF_8));

		Outcome outcome = importer.store(tooBig, Options.published(null));

		assertThat(outcome).isInstanceOfSatisfying(Rejected.class,
				r -> assertThat(r.reason().reason()).isEqualTo(Reason.NOT_STORED));
		assertThat(newsdesk.articleForDispatch(DispatchImport.key(tooBig))).isEmpty();
		assertThat(new Browser(port).get("/article/trop-long-" + n).status()).isEqualTo(404);
	}

	@Test
	void anUnknownSectionRefusesTheDispatch() throws Exception {
		long n = System.nanoTime();
		Outcome outcome = importer.importBytes(
				dispatch("Sans rubrique " + n, "1er mai 2026", "Texte.").getBytes(StandardCharsets.UTF_8),
				Options.published("nulle-part-" + n));
		assertThat(outcome).isInstanceOfSatisfying(Rejected.class,
				r -> assertThat(r.reason().getMessage()).isEqualTo("rubrique inconnue : nulle-part-" + n));
		assertThat(new Browser(port).get("/article/sans-rubrique-" + n).status()).isEqualTo(404);
	}

	@Test
	void anImportedDispatchIsFiledInItsSection() throws Exception {
		long n = System.nanoTime();
		String section = newsdesk.ensureSection("Rubrique " + n, 99);
		Imported imported = (Imported) importer.importBytes(
				dispatch("Classé " + n, "Samedi 24 Janvier 2026", "Texte.").getBytes(StandardCharsets.UTF_8),
				Options.published(section));

		var page = new Browser(port).get(path(imported.url()));
		assertThat(page.html().select("article .kicker").text()).isEqualTo("Rubrique " + n);
		assertThat(new Browser(port).get("/section/" + section).text()).contains("Classé " + n);
	}

	@Test
	void aDraftIsStoredButNotShownAndIsRecognisedOnReimport() throws Exception {
		long n = System.nanoTime();
		byte[] text = dispatch("Brouillon importé " + n, "1er mai 2026", "Texte.").getBytes(StandardCharsets.UTF_8);

		Outcome outcome = importer.importBytes(text, new Options(true, null));

		assertThat(outcome).isInstanceOfSatisfying(Imported.class,
				i -> assertThat(i.status()).isEqualTo(ArticleStatus.DRAFT));
		assertThat(new Browser(port).get(path(((Imported) outcome).url())).status()).isEqualTo(404);
		assertThat(importer.importBytes(text, Options.published(null)))
			.isEqualTo(new AlreadyThere(((Imported) outcome).articleId(), null));
	}

	@Test
	void aDispatchDatedInTheFutureWaitsForItsDay() {
		long n = System.nanoTime();
		Outcome outcome = importer.importBytes(
				dispatch("Plus tard " + n, "1er janvier 2099", "Texte.").getBytes(StandardCharsets.UTF_8),
				Options.published(null));
		assertThat(outcome).isInstanceOfSatisfying(Imported.class,
				i -> assertThat(i.status()).isEqualTo(ArticleStatus.SCHEDULED));
		assertThat(new Browser(port).get(path(((Imported) outcome).url())).status()).isEqualTo(404);
	}

	@Test
	void markdownInAgencyTextIsPrintedAsWritten() {
		long n = System.nanoTime();
		List<String> paragraphs = List.of("1. Premier point, pas une liste.", "# Pas un titre",
				"Des *étoiles*, des _traits_ et <b>du HTML</b> & des [crochets](http://exemple.org).");
		Imported imported = (Imported) importer
			.importBytes(dispatch("Caractères " + n, "1er mai 2026", paragraphs.toArray(String[]::new))
				.getBytes(StandardCharsets.UTF_8), Options.published(null));

		Element body = new Browser(port).get(path(imported.url())).html().selectFirst("article .body");
		assertThat(body.select("p").eachText()).containsExactlyElementsOf(paragraphs);
		assertThat(body.select("ol, h1, em, b, a")).isEmpty();
	}

}
