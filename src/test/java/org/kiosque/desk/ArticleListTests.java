package org.kiosque.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.kiosque.account.People;
import org.kiosque.account.Person;
import org.kiosque.account.Role;
import org.kiosque.article.ArticleEdit;
import org.kiosque.article.ArticleStatus;
import org.kiosque.article.Newsdesk;
import org.kiosque.site.SiteSettings;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The newsroom's list of articles: status, section, author, last change and who; filters
 * by status, section, author and day of the last change; search by headline; pages of 50,
 * the page number checked at the edge.
 */
@KiosqueTest
class ArticleListTests {

	@LocalServerPort
	int port;

	@Autowired
	People people;

	@Autowired
	Newsdesk newsdesk;

	@Autowired
	SiteSettings site;

	@Autowired
	JdbcClient jdbc;

	@Test
	void eachArticleShowsItsStatusSectionAuthorAndLastChange() {
		Person author = staff(Role.CONTRIBUTOR, "Awa Diallo");
		Browser editor = signedIn(staff(Role.EDITOR, "Marc Lefèvre"));
		String section = newsdesk.ensureSection("Économie " + System.nanoTime(), 70);
		String marker = "ligne" + System.nanoTime();
		long id = newsdesk.create(edit("Le cacao recule " + marker, section, ArticleStatus.IN_REVIEW, author)).id();

		Document page = editor.get("/newsroom/articles?q=" + marker).html();
		var row = page.select("#articles tr[data-id=" + id + "]");
		assertThat(row).hasSize(1);
		assertThat(row.select(".headline a").attr("href")).isEqualTo("/newsroom/articles/" + id);
		assertThat(row.select(".status").text()).isEqualTo("En relecture");
		assertThat(row.select(".section").text()).startsWith("Économie ");
		assertThat(row.select(".author").text()).isEqualTo("Awa Diallo");
		assertThat(row.select(".changed-by").text()).isEqualTo("Awa Diallo");
		assertThat(row.select(".changed time").attr("datetime")).startsWith(LocalDate.now(site.timeZone()).toString());
	}

	@Test
	void filtersNarrowTheListByStatusSectionAuthorAndDay() {
		Person awa = staff(Role.CONTRIBUTOR, "Awa");
		Person malik = staff(Role.CONTRIBUTOR, "Malik");
		Browser editor = signedIn(staff(Role.EDITOR, "Éditrice"));
		String sport = newsdesk.ensureSection("Sport " + System.nanoTime(), 71);
		String marker = "filtre" + System.nanoTime();
		long draft = newsdesk.create(edit("Brouillon " + marker, null, ArticleStatus.DRAFT, awa)).id();
		long review = newsdesk.create(edit("En relecture " + marker, sport, ArticleStatus.IN_REVIEW, malik)).id();
		long published = newsdesk.create(edit("Publié " + marker, sport, ArticleStatus.PUBLISHED, awa)).id();
		jdbc.sql("UPDATE article SET changed_at = changed_at - INTERVAL '10' DAY WHERE id = :id")
			.param("id", draft)
			.update();

		assertThat(ids(editor, "q=" + marker)).containsExactlyInAnyOrder(draft, review, published);
		assertThat(ids(editor, "q=" + marker + "&status=IN_REVIEW")).containsExactly(review);
		assertThat(ids(editor, "q=" + marker + "&section=" + sport)).containsExactlyInAnyOrder(review, published);
		assertThat(ids(editor, "q=" + marker + "&author=" + awa.id())).containsExactlyInAnyOrder(draft, published);
		String today = LocalDate.now(site.timeZone()).toString();
		assertThat(ids(editor, "q=" + marker + "&from=" + today)).containsExactlyInAnyOrder(review, published);
		String longAgo = LocalDate.now(site.timeZone()).minusDays(10).toString();
		assertThat(ids(editor, "q=" + marker + "&from=" + longAgo + "&to=" + longAgo)).containsExactly(draft);
		assertThat(ids(editor, "q=" + marker.toUpperCase())).as("the search ignores letter case").hasSize(3);
		assertThat(ids(editor, "q=" + marker + "%25")).as("a % is a character, not a wildcard").isEmpty();

		var badDate = editor.get("/newsroom/articles?q=" + marker + "&from=hier");
		assertThat(badDate.status()).isEqualTo(200);
		assertThat(badDate.html().select(".problem").text()).contains("Date illisible");
	}

	@Test
	void pagesHoldFiftyArticlesAndTheirNumbersAreChecked() {
		Person author = staff(Role.CONTRIBUTOR, "Prolifique");
		Browser editor = signedIn(staff(Role.EDITOR, "Pagineuse"));
		String marker = "page" + System.nanoTime();
		for (int i = 0; i < ArticleList.PAGE_SIZE + 3; i++) {
			newsdesk.create(edit("Article " + i + " " + marker, null, ArticleStatus.DRAFT, author));
		}

		Document first = editor.get("/newsroom/articles?q=" + marker).html();
		assertThat(first.select("#articles tbody tr")).hasSize(ArticleList.PAGE_SIZE);
		assertThat(first.select("#articles tbody tr").first().select(".headline").text()).as("last changed first")
			.isEqualTo("Article 52 " + marker);
		String next = first.select("a[rel=next]").attr("href");
		assertThat(next).startsWith("/newsroom/articles?q=" + marker + "&page=2&avant=");
		// Written between two loads: the next page goes on from the last line shown,
		// neither repeating it nor skipping one (keyset paging).
		newsdesk.create(edit("Article tardif " + marker, null, ArticleStatus.DRAFT, author));
		Document second = editor.get(next).html();
		assertThat(second.select("#articles tbody tr .headline").eachText()).containsExactly("Article 2 " + marker,
				"Article 1 " + marker, "Article 0 " + marker);
		assertThat(second.select("a[rel=next]")).isEmpty();
		assertThat(second.select("a[rel=prev]").attr("href")).isEqualTo("/newsroom/articles?q=" + marker);

		for (String page : List.of("0", "-1", "abc", "201", "99999999999")) {
			assertThat(editor.get("/newsroom/articles?page=" + page).status()).as(page).isEqualTo(404);
		}
	}

	@Test
	void aContributorSeesOnlyTheirOwnArticles() {
		Person awa = staff(Role.CONTRIBUTOR, "Awa");
		Person malik = staff(Role.CONTRIBUTOR, "Malik");
		String marker = "siens" + System.nanoTime();
		long own = newsdesk.create(edit("À Awa " + marker, null, ArticleStatus.DRAFT, awa)).id();
		newsdesk.create(edit("À Malik " + marker, null, ArticleStatus.DRAFT, malik));

		Browser browser = signedIn(awa);
		assertThat(ids(browser, "q=" + marker)).containsExactly(own);
		assertThat(ids(browser, "q=" + marker + "&author=" + malik.id())).as("the author filter is theirs")
			.containsExactly(own);
		assertThat(browser.get("/newsroom/articles").html().select("select#author")).isEmpty();
	}

	private List<Long> ids(Browser browser, String query) {
		var page = browser.get("/newsroom/articles?" + query);
		assertThat(page.status()).as(query).isEqualTo(200);
		return page.html().select("#articles tbody tr").eachAttr("data-id").stream().map(Long::valueOf).toList();
	}

	private ArticleEdit edit(String headline, String section, ArticleStatus status, Person by) {
		return new ArticleEdit(headline, null, "Texte.", section, List.of(), null, null, null, null, status, null,
				by.id());
	}

	private Person staff(Role role, String name) {
		String email = "bureau-" + System.nanoTime() + "@exemple.fr";
		return people.add(email, name, role, PASSWORD);
	}

	private Browser signedIn(Person person) {
		Browser browser = new Browser(port);
		var answer = browser.submit("/login", "form#sign-in", Map.of("username", person.email(), "password", PASSWORD));
		assertThat(answer.status()).isEqualTo(302);
		return browser;
	}

	private static final String PASSWORD = "un secret de rédaction";

}
