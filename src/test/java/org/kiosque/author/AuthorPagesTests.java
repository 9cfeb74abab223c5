package org.kiosque.author;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.kiosque.account.People;
import org.kiosque.account.Person;
import org.kiosque.account.Role;
import org.kiosque.article.ArticleDraft;
import org.kiosque.article.ArticleEdit;
import org.kiosque.article.ArticleStatus;
import org.kiosque.article.HtmlValidityTests;
import org.kiosque.article.LeadImage;
import org.kiosque.article.Newsdesk;
import org.kiosque.article.Slugs;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Author pages and section pages over real HTTP: an author's name, biography (written by
 * them or an admin) and articles under their name, the byline linked to it, nothing for a
 * byline naming someone else, a renamed author's old address moved; a section's page with
 * its description, lead story, latest articles and advertised feed; valid HTML.
 */
@KiosqueTest
class AuthorPagesTests {

	private static final String PASSWORD = "une signature de rédaction";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	People people;

	@Autowired
	Newsdesk newsdesk;

	@Test
	void anAuthorsPageShowsTheirNameBiographyAndArticlesAndTheBylineLinksToIt() {
		Person author = staff("Marie Curie-" + System.nanoTime(), Role.CONTRIBUTOR);
		var own = write(author, "Le radium expliqué " + System.nanoTime(), author.displayName());
		var someoneElses = write(author, "Une pige " + System.nanoTime(), "Pierre Pigiste");
		Browser signedIn = signIn(author);
		var saved = signedIn.submit("/newsroom/profile", "form#profile",
				Map.of("biography", "Physicienne, deux fois prix Nobel."));
		assertThat(saved.status()).isEqualTo(302);

		var article = new Browser(port).get(own.path());
		String link = article.html().select(".byline a[rel=author]").attr("href");

		assertThat(link).isEqualTo("/auteur/" + author.id() + "-" + Slugs.of(author.displayName()));
		assertThat(article.html().select("script[type=application/ld+json]").first().data())
			.as("the JSON-LD author's url is the same page")
			.contains(link + "\"");
		var page = new Browser(port).get(link);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Cache-Control")).startsWith("public");
		assertThat(page.html().select("h1").text()).isEqualTo(author.displayName());
		assertThat(page.html().select(".biography").text()).isEqualTo("Physicienne, deux fois prix Nobel.");
		assertThat(page.html().select("h3 a").eachAttr("href")).contains(own.path())
			.doesNotContain(someoneElses.path());
		assertThat(page.html().select("link[rel=canonical]").attr("href")).endsWith(link);
		assertThat(HtmlValidityTests.errors(page.body())).isEmpty();
		var other = new Browser(port).get(someoneElses.path());
		assertThat(other.html().select(".byline").text()).contains("Pierre Pigiste");
		assertThat(other.html().select(".byline a")).isEmpty();
		assertThat(HtmlValidityTests.errors(article.body())).isEmpty();
		assertThat(HtmlValidityTests.errors(signedIn.get("/newsroom/profile").body())).isEmpty();
	}

	@Test
	void anAdminWritesAnyonesBiographyAndATooLongOneIsRefused() {
		Person author = staff("Albert Londres-" + System.nanoTime(), Role.EDITOR);
		write(author, "Au bagne " + System.nanoTime(), author.displayName());
		Browser admin = StaffSession.signedIn(context, port, Role.ADMIN);
		String path = "/newsroom/people/" + author.id() + "/profile";

		var tooLong = admin.submit(path, "form#profile", Map.of("biography", "x".repeat(1001)));
		var saved = admin.submit(path, "form#profile", Map.of("biography", "Grand reporter."));

		assertThat(tooLong.status()).isEqualTo(422);
		assertThat(tooLong.html().select(".field-error").text()).contains("1");
		assertThat(saved.status()).isEqualTo(302);
		assertThat(new Browser(port).get(AuthorHandle.path(author.id(), author.displayName()))
			.html()
			.select(".biography")
			.text()).isEqualTo("Grand reporter.");
		assertThat(admin.get("/newsroom/people").html().select("a[href=" + path + "]")).hasSize(1);
		Browser contributor = StaffSession.signedIn(context, port, Role.CONTRIBUTOR);
		assertThat(contributor.get(path).status()).isEqualTo(403);
	}

	@Test
	void anAddressWithAnOldNameMovesAndNobodyWithoutArticlesHasAPage() {
		Person author = staff("Séverine " + System.nanoTime(), Role.CONTRIBUTOR);
		write(author, "Notes de la semaine " + System.nanoTime(), author.displayName());
		Person silent = staff("Silencieux " + System.nanoTime(), Role.ADMIN);

		var moved = new Browser(port).get("/auteur/" + author.id() + "-ancien-nom?page=1");

		assertThat(moved.status()).isEqualTo(301);
		assertThat(moved.location())
			.isEqualTo("/auteur/" + author.id() + "-" + Slugs.of(author.displayName()) + "?page=1");
		assertThat(new Browser(port).get("/auteur/" + author.id()).status()).isEqualTo(301);
		assertThat(new Browser(port).get(AuthorHandle.path(silent.id(), silent.displayName())).status()).isEqualTo(404);
		var byName = new Browser(port).get("/auteur/" + Slugs.of(author.displayName()));
		assertThat(byName.status()).isEqualTo(301);
		assertThat(byName.location()).isEqualTo(AuthorHandle.path(author.id(), author.displayName()));
		assertThat(new Browser(port).get("/auteur/" + Slugs.of(silent.displayName())).status()).isEqualTo(404);
		assertThat(new Browser(port).get("/auteur/marie").status()).isEqualTo(404);
		assertThat(new Browser(port).get("/auteur/99999999999999999999-x").status()).isEqualTo(404);
		assertThat(new Browser(port).get(AuthorHandle.path(author.id(), author.displayName()) + "?page=2").status())
			.isEqualTo(404);
	}

	@Test
	void anAuthorsOlderArticlesArePagedByKeysetAsASectionsAreAndOldPageNumbersMove() {
		Person author = staff("Émile Zola-" + System.nanoTime(), Role.CONTRIBUTOR);
		int count = 2 * AuthorPages.PAGE_SIZE + 1;
		List<String> written = new java.util.ArrayList<>();
		Instant start = Instant.now();
		for (int i = 0; i < count; i++) {
			// Joint bylines count as theirs too; a byline of someone else's does not.
			String byline = i % 3 == 0 ? "Paul Alexis, " + author.displayName() : author.displayName();
			written
				.add(write(author, "J'accuse " + i + " " + System.nanoTime(), byline, start.minusSeconds(600 + 60L * i))
					.path());
		}
		write(author, "Une pige " + System.nanoTime(), "Pierre Pigiste", Instant.now().minusSeconds(900));
		Browser browser = new Browser(port);
		String path = AuthorHandle.path(author.id(), author.displayName());

		List<String> seen = new java.util.ArrayList<>();
		var page = browser.get(path).html();
		seen.addAll(page.select("h3 a").eachAttr("href"));
		List<String> nextLinks = new java.util.ArrayList<>();
		while (!page.select("a[rel=next]").isEmpty()) {
			String next = page.select("a[rel=next]").attr("href");
			nextLinks.add(next);
			var answer = browser.get(next);
			assertThat(answer.status()).isEqualTo(200);
			page = answer.html();
			assertThat(page.select("link[rel=canonical]").attr("href")).endsWith(next);
			assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
			seen.addAll(page.select("h3 a").eachAttr("href"));
		}

		assertThat(seen).containsExactlyElementsOf(written);
		assertThat(nextLinks).hasSize(2).allSatisfy(link -> assertThat(link).startsWith(path + "?avant="));
		var back = browser.get(page.select("a[rel=prev]").attr("href"));
		assertThat(back.status()).isEqualTo(200);
		assertThat(back.html().select("h3 a").eachAttr("href"))
			.containsExactlyElementsOf(written.subList(AuthorPages.PAGE_SIZE, 2 * AuthorPages.PAGE_SIZE));
		var top = browser.get(back.html().select("a[rel=prev]").attr("href"));
		assertThat(top.status()).isEqualTo(302);
		assertThat(top.location()).endsWith(path);
		var pageTwo = browser.get(path + "?page=2");
		assertThat(pageTwo.status()).isEqualTo(302);
		assertThat(pageTwo.location()).endsWith(nextLinks.getFirst());
		assertThat(browser.get(path + "?page=4").status()).isEqualTo(404);
		assertThat(browser.get(path + "?avant=pas-un-curseur").status()).isEqualTo(404);
	}

	@Test
	void aSectionPageShowsItsDescriptionLeadStoryLatestAndFeed() {
		long n = System.nanoTime();
		String slug = newsdesk.ensureSection("Sciences " + n, 50);
		context.getBean(org.kiosque.article.Sections.class)
			.all()
			.stream()
			.filter(s -> s.slug().equals(slug))
			.findFirst()
			.ifPresent(s -> context.getBean(org.kiosque.article.Sections.class)
				.edit(s.id(), s.name(), "La recherche, ses découvertes et ses doutes."));
		var older = newsdesk.create(draft("Une comète " + n, slug, Instant.now().minusSeconds(3600)), 0);
		var newer = newsdesk.create(draft("Une éclipse " + n, slug, Instant.now().minusSeconds(60)), 0);

		var page = new Browser(port).get("/section/" + slug);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("h1").text()).isEqualTo("Sciences " + n);
		assertThat(page.html().select(".listing-description").text())
			.isEqualTo("La recherche, ses découvertes et ses doutes.");
		assertThat(page.html().select("article.lead-story h2 a").attr("href")).isEqualTo(newer.path());
		assertThat(page.html().select("ul.teasers h3 a").eachAttr("href")).containsExactly(older.path());
		assertThat(page.html().select("head link[rel=alternate][type=application/rss+xml]").eachAttr("href"))
			.contains("/section/" + slug + "/feed.xml");
		assertThat(page.html().select("meta[name=description]").attr("content"))
			.isEqualTo("La recherche, ses découvertes et ses doutes.");
		assertThat(new Browser(port).get("/section/" + slug + "/feed.xml").status()).isEqualTo(200);
		assertThat(HtmlValidityTests.errors(page.body())).isEmpty();
	}

	private Person staff(String name, Role role) {
		return people.add("auteur-" + System.nanoTime() + "@exemple.fr", name, role, PASSWORD);
	}

	private Browser signIn(Person person) {
		Browser browser = new Browser(port);
		var signedIn = browser.submit("/login", "form#sign-in",
				Map.of("username", person.email(), "password", PASSWORD));
		assertThat(signedIn.status()).isEqualTo(302);
		return browser;
	}

	private Newsdesk.Written write(Person author, String headline, String byline) {
		return write(author, headline, byline, null);
	}

	private Newsdesk.Written write(Person author, String headline, String byline, @Nullable Instant at) {
		return newsdesk.create(new ArticleEdit(headline, "Chapeau.", "Texte.", null, List.of(), byline, null, null,
				null, ArticleStatus.PUBLISHED, at, author.id()));
	}

	private static ArticleDraft draft(String headline, String section, Instant at) {
		return new ArticleDraft(headline, "Chapeau.", "Texte.", section, List.of(), null, null,
				new LeadImage(null, null, null), ArticleStatus.PUBLISHED, at, true, null);
	}

}
