package org.kiosque.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kiosque.account.Role;
import org.kiosque.support.Browser;
import org.kiosque.support.HtmlChecker;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A section page's lead story as editors choose it on {@code /newsroom/front}
 * ({@code POST /newsroom/front/sections}): by default the newest; the chosen story leads
 * at once, whatever its age, and is not listed again below; it is kept in the database
 * (every node reads it); a story that is not a published one of that section is refused
 * (422, nothing kept); one moved out of the section gives the lead back to the newest.
 */
@KiosqueTest
class SectionLeadTests {

	@LocalServerPort
	int port;

	@Autowired
	Newsdesk newsdesk;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void noLeadStaysChosen() {
		context.getBean(FrontPage.class).chooseSectionLeads(Map.of());
	}

	@Test
	void anEditorChoosesASectionsLeadAndItLeadsItsPageAtOnce() {
		long n = System.nanoTime();
		String slug = newsdesk.ensureSection("Culture " + n, 60);
		String other = newsdesk.ensureSection("Sports " + n, 61);
		Instant lastWeek = Instant.now().minus(7, ChronoUnit.DAYS);
		var older = publish("Le festival s’achève " + n, slug, lastWeek);
		var newer = publish("Un concert ce soir " + n, slug, Instant.now().minusSeconds(30));
		var elsewhere = publish("Le match nul " + n, other, Instant.now().minusSeconds(20));
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		long section = sectionId(slug);
		assertThat(lead(slug)).as("by default the newest leads").isEqualTo(newer.path());

		var chosen = chooseLead(editor, section, older.id());

		assertThat(chosen.status()).isEqualTo(302);
		Document page = new Browser(port).get("/section/" + slug).html();
		assertThat(page.select("article.lead-story h2 a").attr("href")).isEqualTo(older.path());
		assertThat(page.select("ul.teasers h3 a").eachAttr("href")).contains(newer.path()).doesNotContain(older.path());
		assertThat(jdbc.sql("SELECT article_id FROM section_lead WHERE section_id = :s")
			.param("s", section)
			.query(Long.class)
			.single()).as("kept in the database, for every node").isEqualTo(older.id());
		Document form = editor.get(FrontDesk.PATH).html();
		assertThat(form.select("#lead-" + section + " option[selected]").val()).isEqualTo(String.valueOf(older.id()));
		assertThat(HtmlChecker.errors(editor.get(FrontDesk.PATH).body())).isEmpty();
		assertThat(HtmlChecker.errors(new Browser(port).get("/section/" + slug).body())).isEmpty();

		var refused = chooseLead(editor, section, elsewhere.id());
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.html().select("#lead-error").text()).contains("Seul un article publié dans cette rubrique");
		assertThat(lead(slug)).as("nothing kept of a refused choice").isEqualTo(older.path());

		newsdesk.update(older.id(),
				FrontPageCurationTests.draft("Le festival s’achève " + n, other, lastWeek, ArticleStatus.PUBLISHED));
		assertThat(lead(slug)).as("a lead moved out of the section gives its place back").isEqualTo(newer.path());
	}

	@Test
	void onlyEditorsChooseALead() {
		Browser contributor = StaffSession.signedIn(context, port, Role.CONTRIBUTOR);
		String token = contributor.get("/newsroom/profile").html().selectFirst("input[name=_csrf]").val();
		assertThat(contributor.post(FrontDesk.PATH + "/sections", Map.of("_csrf", token, "section", "1", "lead", "1"))
			.status()).isEqualTo(403);
	}

	private String lead(String slug) {
		return new Browser(port).get("/section/" + slug).html().select("article.lead-story h2 a").attr("href");
	}

	private long sectionId(String slug) {
		return context.getBean(Sections.class)
			.all()
			.stream()
			.filter(s -> s.slug().equals(slug))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private static Browser.Page chooseLead(Browser editor, long section, long article) {
		String token = editor.get(FrontDesk.PATH).html().selectFirst("#section-leads input[name=_csrf]").val();
		return editor.postEncoded(FrontDesk.PATH + "/sections", "_csrf="
				+ URLEncoder.encode(token, StandardCharsets.UTF_8) + "&section=" + section + "&lead=" + article);
	}

	private Newsdesk.Written publish(String headline, String section, Instant at) {
		return newsdesk.create(FrontPageCurationTests.draft(headline, section, at, ArticleStatus.PUBLISHED), 0);
	}

}
