package org.kiosque.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kiosque.account.Role;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Sections and tags run by editors from {@code /newsroom/sections} and
 * {@code /newsroom/tags}, over real HTTP: created, renamed (the old address, page and
 * feed, answers 301 to the new one), described, hidden, reordered, merged; each change
 * seen by the next stranger's request, page copies or not; refusals with their status;
 * closed to contributors and strangers; valid HTML.
 */
@KiosqueTest
class SectionsAndTagsDeskTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Newsdesk newsdesk;

	@Autowired
	ArticleCatalog catalog;

	private Browser editor;

	@BeforeEach
	void signIn() {
		editor = StaffSession.signedIn(context, port, Role.EDITOR);
	}

	@Test
	void aNewSectionShowsInTheNavigationAtOnceAndItsPageAnswers() {
		String name = "Océans " + System.nanoTime();
		assertThat(navigation()).doesNotContain(name);

		var created = createSection(name, "Les mers et ceux qui en vivent.");

		assertThat(created.status()).isEqualTo(302);
		assertThat(created.location()).isEqualTo("/newsroom/sections?done");
		assertThat(navigation()).contains(name);
		var page = new Browser(port).get("/section/" + Slugs.of(name));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("h1").text()).isEqualTo(name);
		assertThat(page.html().select(".listing-description").text()).isEqualTo("Les mers et ceux qui en vivent.");
		var desk = editor.get("/newsroom/sections?done");
		assertThat(desk.status()).isEqualTo(200);
		assertThat(desk.html().select("[role=status]").text()).contains("visible tout de suite");
		assertThat(HtmlValidityTests.errors(desk.body())).isEmpty();
		assertThat(HtmlValidityTests.errors(page.body())).isEmpty();
	}

	@Test
	void aRenamedSectionsOldAddressesAnswer301ToTheNewOnes() {
		String oldName = "Faits divers " + System.nanoTime();
		createSection(oldName, "");
		String oldSlug = Slugs.of(oldName);
		var article = publish("Un article classé " + System.nanoTime(), oldSlug, List.of());
		assertThat(new Browser(port).get(article.path()).html().select(".kicker a").text()).isEqualTo(oldName);
		String newName = "Société " + System.nanoTime();

		var renamed = editSection(oldSlug, newName, "Ce qui arrive près de chez vous.");

		assertThat(renamed.status()).isEqualTo(302);
		String newSlug = Slugs.of(newName);
		var page = new Browser(port).get("/section/" + oldSlug);
		assertThat(page.status()).isEqualTo(301);
		assertThat(page.location()).isEqualTo("/section/" + newSlug);
		var paged = new Browser(port).get("/section/" + oldSlug + "?page=1");
		assertThat(paged.status()).isEqualTo(301);
		assertThat(paged.location()).isEqualTo("/section/" + newSlug + "?page=1");
		var feed = new Browser(port).get("/section/" + oldSlug + "/feed.xml");
		assertThat(feed.status()).isEqualTo(301);
		assertThat(feed.location()).isEqualTo("/section/" + newSlug + "/feed.xml");
		assertThat(new Browser(port).get("/section/" + newSlug).status()).isEqualTo(200);
		assertThat(new Browser(port).get("/section/" + newSlug + "/feed.xml").status()).isEqualTo(200);
		assertThat(navigation()).contains(newName).doesNotContain(oldName);
		// The article page, cached by the catalog, prints the new name at once.
		assertThat(new Browser(port).get(article.path()).html().select(".kicker a").attr("href"))
			.isEqualTo("/section/" + newSlug);
		// An import naming the old section files into the renamed one.
		assertThat(newsdesk.ensureSection(oldName, 99)).isEqualTo(newSlug);
		assertThat(new Browser(port).get("/section/no-such-section-" + System.nanoTime()).status()).isEqualTo(404);
	}

	@Test
	void aSectionRenamedBackTakesItsOldAddressAgain() {
		String first = "Météo " + System.nanoTime();
		createSection(first, "");
		String second = "Climat " + System.nanoTime();
		editSection(Slugs.of(first), second, "");

		editSection(Slugs.of(second), first, "");

		assertThat(new Browser(port).get("/section/" + Slugs.of(first)).status()).isEqualTo(200);
		assertThat(new Browser(port).get("/section/" + Slugs.of(second)).location())
			.isEqualTo("/section/" + Slugs.of(first));
	}

	@Test
	void aHiddenSectionLeavesTheNavigationButKeepsItsPage() {
		String name = "Archives " + System.nanoTime();
		createSection(name, "");
		Element row = row(Slugs.of(name));

		var hidden = editor.get("/newsroom/sections").submit(editor, "form#hide-" + id(row, "edit-section-"), Map.of());

		assertThat(hidden.status()).isEqualTo(302);
		assertThat(navigation()).doesNotContain(name);
		assertThat(new Browser(port).get("/section/" + Slugs.of(name)).status()).isEqualTo(200);
		assertThat(catalog.sections()).extracting(SectionRef::name).doesNotContain(name);
		assertThat(row(Slugs.of(name)).select(".status").text()).isEqualTo("masquée");

		editor.get("/newsroom/sections").submit(editor, "form#hide-" + id(row, "edit-section-"), Map.of());

		assertThat(navigation()).contains(name);
	}

	@Test
	void movingASectionUpChangesTheNavigationsOrder() {
		String first = "Alpha " + System.nanoTime();
		String second = "Bêta " + System.nanoTime();
		createSection(first, "");
		createSection(second, "");
		assertThat(navigation().indexOf(first)).isLessThan(navigation().indexOf(second));

		var moved = editor.get("/newsroom/sections")
			.submit(editor, "form#up-" + id(row(Slugs.of(second)), "edit-section-"), Map.of());

		assertThat(moved.status()).isEqualTo(302);
		List<String> navigation = navigation();
		assertThat(navigation.indexOf(second)).isEqualTo(navigation.indexOf(first) - 1);
		List<String> desk = editor.get("/newsroom/sections").html().select("#sections > li h2 > a").eachText();
		assertThat(desk.indexOf(second)).isEqualTo(desk.indexOf(first) - 1);
	}

	@Test
	void aSectionNameThatIsEmptyOrTakenIsRefusedAndNothingIsWritten() {
		String name = "Sports " + System.nanoTime();
		createSection(name, "");
		int before = catalog.sections().size();

		var empty = createSection("   ", "");
		var symbols = createSection("!!!", "");
		var taken = createSection(name.toUpperCase(), "");

		assertThat(empty.status()).isEqualTo(422);
		assertThat(empty.html().select("[role=alert]").text()).isEqualTo("Donnez un nom.");
		assertThat(symbols.status()).isEqualTo(422);
		assertThat(taken.status()).isEqualTo(409);
		assertThat(taken.html().select("[role=alert]").text()).contains("autre rubrique");
		assertThat(catalog.sections()).hasSize(before);
		assertThat(HtmlValidityTests.errors(taken.body())).isEmpty();
		String token = editor.get("/newsroom/sections").html().selectFirst("input[name=_csrf]").val();
		assertThat(
				editor.post("/newsroom/sections/" + Long.MAX_VALUE, Map.of("_csrf", token, "name", "Fantôme")).status())
			.isEqualTo(404);
		assertThat(
				editor.post("/newsroom/sections/" + Long.MAX_VALUE + "/move", Map.of("_csrf", token, "direction", "up"))
					.status())
			.isEqualTo(404);
		assertThat(editor.post("/newsroom/tags/" + Long.MAX_VALUE + "/merge", Map.of("_csrf", token, "into", "x"))
			.status()).isEqualTo(404);
	}

	@Test
	void aRenamedTagsOldAddressAnswers301AndItsArticlesShowTheNewName() {
		String oldName = "Élections " + System.nanoTime();
		var article = publish("Le scrutin " + System.nanoTime(), null, List.of(oldName));
		String oldSlug = Slugs.of(oldName);
		assertThat(new Browser(port).get(article.path()).html().select("ul.tags a").eachText()).contains(oldName);
		String newName = "Scrutins " + System.nanoTime();

		var renamed = editor.get(tagsFinding(oldName))
			.submit(editor, "form#edit-tag-" + id(tagRow(oldSlug), "edit-tag-"),
					Map.of("name", newName, "description", "Tous les votes."));

		assertThat(renamed.status()).isEqualTo(302);
		var old = new Browser(port).get("/tag/" + oldSlug);
		assertThat(old.status()).isEqualTo(301);
		assertThat(old.location()).isEqualTo("/tag/" + Slugs.of(newName));
		var page = new Browser(port).get("/tag/" + Slugs.of(newName));
		assertThat(page.html().select("h1").text()).isEqualTo(newName);
		assertThat(page.html().select(".listing-description").text()).isEqualTo("Tous les votes.");
		assertThat(page.html().select("h3 a").eachAttr("href")).contains(article.path());
		assertThat(new Browser(port).get(article.path()).html().select("ul.tags a").eachText()).contains(newName)
			.doesNotContain(oldName);
		assertThat(HtmlValidityTests.errors(editor.get(tagsFinding(newName)).body())).isEmpty();
	}

	@Test
	void mergingATagGivesItsArticlesToTheOtherAndMovesItsAddress() {
		long n = System.nanoTime();
		String merged = "Etats-Unis " + n;
		String kept = "États-Unis d’Amérique " + n;
		var onlyMerged = publish("Washington " + n, null, List.of(merged));
		var both = publish("New York " + n, null, List.of(merged, kept));
		var onlyKept = publish("Chicago " + n, null, List.of(kept));

		var done = editor.get(tagsFinding(merged))
			.submit(editor, "form#merge-tag-" + id(tagRow(Slugs.of(merged)), "edit-tag-"), Map.of("into", kept));

		assertThat(done.status()).isEqualTo(302);
		var old = new Browser(port).get("/tag/" + Slugs.of(merged) + "?page=1");
		assertThat(old.status()).isEqualTo(301);
		assertThat(old.location()).isEqualTo("/tag/" + Slugs.of(kept) + "?page=1");
		List<String> listed = new Browser(port).get("/tag/" + Slugs.of(kept)).html().select("h3 a").eachAttr("href");
		assertThat(listed).contains(onlyMerged.path(), both.path(), onlyKept.path());
		assertThat(new Browser(port).get(both.path()).html().select("ul.tags a").eachText()).containsOnlyOnce(kept)
			.doesNotContain(merged);
		assertThat(editor.get(tagsFinding(merged)).html().select("#tags > li[data-slug=" + Slugs.of(merged) + "]"))
			.isEmpty();
		// The merged tag's own former address follows it to the tag that stayed.
		String first = "Amérique " + n;
		publish("Denver " + n, null, List.of(first));
		editor.get(tagsFinding(first))
			.submit(editor, "form#edit-tag-" + id(tagRow(Slugs.of(first)), "edit-tag-"),
					Map.of("name", "Amériques " + n, "description", ""));
		editor.get(tagsFinding("Amériques " + n))
			.submit(editor, "form#merge-tag-" + id(tagRow(Slugs.of("Amériques " + n)), "edit-tag-"),
					Map.of("into", kept));
		assertThat(new Browser(port).get("/tag/" + Slugs.of(first)).location()).isEqualTo("/tag/" + Slugs.of(kept));
		assertThat(new Browser(port).get("/tag/" + Slugs.of("Amériques " + n)).location())
			.isEqualTo("/tag/" + Slugs.of(kept));
		// Written again under the merged name, an article gets the tag that stayed.
		var later = publish("Boston " + n, null, List.of(merged));
		assertThat(new Browser(port).get(later.path()).html().select("ul.tags a").eachText()).containsExactly(kept);
	}

	@Test
	void aTagCannotBeMergedIntoItselfNorIntoNothing() {
		String name = "Économie " + System.nanoTime();
		publish("La croissance " + System.nanoTime(), null, List.of(name));
		String form = "form#merge-tag-" + id(tagRow(Slugs.of(name)), "edit-tag-");

		var self = editor.get(tagsFinding(name)).submit(editor, form, Map.of("into", name));
		var nothing = editor.get(tagsFinding(name))
			.submit(editor, form, Map.of("into", "Personne " + System.nanoTime()));

		assertThat(self.status()).isEqualTo(422);
		assertThat(nothing.status()).isEqualTo(422);
		assertThat(new Browser(port).get("/tag/" + Slugs.of(name)).status()).isEqualTo(200);
	}

	@Test
	void theTagsDeskIsPagedAndSearchedByName() {
		long n = System.nanoTime();
		for (int i = 0; i < Tags.PAGE_SIZE + 1; i++) {
			publish("Tag page " + n + " " + i, null, List.of("Lot " + n + " " + i));
		}

		var first = editor.get(tagsFinding("lot " + n));
		var second = editor.get(first.html().select("a[rel=next]").attr("href"));

		assertThat(first.html().select("#tags > li")).hasSize(Tags.PAGE_SIZE);
		assertThat(second.html().select("#tags > li")).hasSize(1);
		assertThat(second.html().select("a[rel=prev]").attr("href")).contains("page=1");
		assertThat(editor.get(tagsFinding("Aucun tel mot " + n)).html().select("#tags > li")).isEmpty();
		assertThat(editor.get("/newsroom/tags?page=0").status()).isEqualTo(404);
		assertThat(HtmlValidityTests.errors(second.body())).isEmpty();
	}

	@Test
	void contributorsAreRefusedAndStrangersSentToSignIn() {
		Browser contributor = StaffSession.signedIn(context, port, Role.CONTRIBUTOR);
		for (String path : List.of("/newsroom/sections", "/newsroom/tags")) {
			assertThat(contributor.get(path).status()).as(path).isEqualTo(403);
			var stranger = new Browser(port).get(path);
			assertThat(stranger.status()).as(path).isEqualTo(302);
			assertThat(stranger.location()).isEqualTo("/login");
		}
		String token = contributor.get("/account").html().selectFirst("input[name=_csrf]").val();
		assertThat(contributor.post("/newsroom/sections", Map.of("_csrf", token, "name", "Intrus")).status())
			.isEqualTo(403);
	}

	private Browser.Page createSection(String name, String description) {
		return editor.submit("/newsroom/sections", "form#new-section",
				Map.of("name", name, "description", description));
	}

	private Browser.Page editSection(String slug, String name, String description) {
		return editor.get("/newsroom/sections")
			.submit(editor, "form#" + row(slug).selectFirst("form[id^=edit-section-]").id(),
					Map.of("name", name, "description", description));
	}

	private Element row(String slug) {
		Element row = editor.get("/newsroom/sections").html().selectFirst("#sections > li[data-slug=" + slug + "]");
		assertThat(row).as("section " + slug + " on the desk").isNotNull();
		return row;
	}

	/** The tags desk showing the tags found by {@code name}: the whole list is paged. */
	private static String tagsFinding(String name) {
		return "/newsroom/tags?q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8);
	}

	private Element tagRow(String slug) {
		Element row = editor.get("/newsroom/tags?q=" + slug).html().selectFirst("#tags > li[data-slug=" + slug + "]");
		assertThat(row).as("tag " + slug + " on the desk").isNotNull();
		return row;
	}

	/** The id in the row's edit form's id ({@code edit-section-12} gives 12). */
	private static String id(Element row, String prefix) {
		return row.selectFirst("form[id^=" + prefix + "]").id().substring(prefix.length());
	}

	private List<String> navigation() {
		return new Browser(port).get("/").html().select("nav.sections a").eachText();
	}

	private Newsdesk.Written publish(String headline, String sectionSlug, List<String> tags) {
		return newsdesk.create(new ArticleDraft(headline, "Chapeau.", "Texte.", sectionSlug, tags, null, null,
				new LeadImage(null, null, null), ArticleStatus.PUBLISHED, Instant.now().minusSeconds(60), true, null),
				0);
	}

}
