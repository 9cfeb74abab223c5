package org.kiosque.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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

/**
 * The front page as editors make it at {@code /newsroom/front}: pinned stories in their
 * order, the newest by default, unpublished ones dropping out, blocks per section, each
 * change on the page at once.
 */
@KiosqueTest
class FrontPageCurationTests {

	@LocalServerPort
	int port;

	@Autowired
	Newsdesk newsdesk;

	@Autowired
	ApplicationContext context;

	/** The choice is the whole site's: other classes' tests expect the newest to lead. */
	@AfterEach
	void nothingStaysPinned() {
		assertThat(choose(StaffSession.signedIn(context, port, Role.EDITOR), List.of(), List.of()).status())
			.isEqualTo(302);
	}

	@Test
	void withNothingPinnedTheNewestLeads() {
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		assertThat(choose(editor, List.of(), List.of()).status()).isEqualTo(302);
		// Newer than anything other tests published before (they share the database).
		var older = publish("Plus ancien " + System.nanoTime(), null, Instant.now().minusMillis(2));
		var newer = publish("Plus récent " + System.nanoTime(), null, Instant.now());

		Document home = new Browser(port).get("/").html();
		assertThat(home.select(".lead-story h2 a").attr("href")).isEqualTo(newer.path());
		assertThat(home.select(".secondary-stories h3 a").first().attr("href")).isEqualTo(older.path());
	}

	@Test
	void pinnedStoriesLeadInTheEditorsOrderAndDropOutWhenUnpublished() {
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		Instant lastWeek = Instant.now().minus(7, ChronoUnit.DAYS);
		var first = publish("Première épinglée " + System.nanoTime(), null, lastWeek);
		String secondHeadline = "Seconde épinglée " + System.nanoTime();
		var second = publish(secondHeadline, null, lastWeek.minusSeconds(60));
		publish("Plus fraîche " + System.nanoTime(), null, Instant.now().minusSeconds(1));

		assertThat(choose(editor, List.of(second.id(), first.id()), List.of()).status()).isEqualTo(302);
		Document home = new Browser(port).get("/").html();
		assertThat(home.select(".lead-story h2 a").attr("href")).isEqualTo(second.path());
		assertThat(home.select(".secondary-stories h3 a").first().attr("href")).isEqualTo(first.path());
		// The form shows the choice back.
		Document form = editor.get(FrontDesk.PATH).html();
		assertThat(form.select("#pin-0 option[selected]").val()).isEqualTo(String.valueOf(second.id()));
		assertThat(form.select("#pin-1 option[selected]").val()).isEqualTo(String.valueOf(first.id()));
		assertThat(HtmlChecker.errors(editor.get(FrontDesk.PATH).body())).isEmpty();

		// Unpublished (no form posted on the site meanwhile): gone from the page at once.
		newsdesk.update(second.id(), draft(secondHeadline, null, lastWeek.minusSeconds(60), ArticleStatus.UNPUBLISHED));
		home = new Browser(port).get("/").html();
		assertThat(home.select(".lead-story h2 a").attr("href")).isEqualTo(first.path());
		assertThat(home.body().html()).doesNotContain(second.path());
	}

	@Test
	void blocksFollowTheEditorsSectionsOrderAndSizes() {
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		long n = System.nanoTime();
		String monde = newsdesk.ensureSection("Monde " + n, 50);
		String afrique = newsdesk.ensureSection("Afrique " + n, 51);
		Instant base = Instant.now().minus(3, ChronoUnit.DAYS);
		List<Newsdesk.Written> inMonde = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			inMonde.add(publish("Monde " + i + " " + n, monde, base.plusSeconds(i)));
		}
		var inAfrique = publish("Afrique " + n, afrique, base);
		long mondeId = sectionId(editor, monde);
		long afriqueId = sectionId(editor, afrique);

		// Five fresh stories hold the top, so the sections' stories are left for the
		// blocks.
		List<Long> top = new ArrayList<>();
		for (int i = 0; i < FrontPage.PINNED; i++) {
			top.add(publish("En haut " + i + " " + n, null, Instant.now().minusSeconds(i + 1)).id());
		}
		assertThat(choose(editor, top, List.of(new long[] { afriqueId, 1 }, new long[] { mondeId, 2 })).status())
			.isEqualTo(302);
		Document home = new Browser(port).get("/").html();
		List<Element> blocks = home.select("section.section-block");
		List<String> names = blocks.stream().map(b -> b.selectFirst("h2").text()).toList();
		assertThat(names).containsSubsequence("Afrique " + n, "Monde " + n);
		Element mondeBlock = blocks.stream()
			.filter(b -> b.selectFirst("h2").text().equals("Monde " + n))
			.findFirst()
			.orElseThrow();
		// The newest two, newest first.
		assertThat(mondeBlock.select("h3 a").eachAttr("href")).containsExactly(inMonde.get(2).path(),
				inMonde.get(1).path());
		Element afriqueBlock = blocks.stream()
			.filter(b -> b.selectFirst("h2").text().equals("Afrique " + n))
			.findFirst()
			.orElseThrow();
		assertThat(afriqueBlock.select("h3 a").eachAttr("href")).containsExactly(inAfrique.path());
		assertThat(HtmlChecker.errors(new Browser(port).get("/").body())).isEmpty();
	}

	@Test
	void aChoiceThatCannotBeKeptIsRefusedWholeAndReaderCannotOpenTheForm() {
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		var pinned = publish("Reste à la une " + System.nanoTime(), null, Instant.now().minus(9, ChronoUnit.DAYS));
		assertThat(choose(editor, List.of(pinned.id()), List.of()).status()).isEqualTo(302);
		var draft = newsdesk.create(draft("Brouillon " + System.nanoTime(), null, Instant.now(), ArticleStatus.DRAFT),
				0);

		var refused = choose(editor, List.of(draft.id()), List.of());
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.html().select("#pin-error").text()).contains("Seul un article publié");
		assertThat(choose(editor, List.of(pinned.id(), pinned.id()), List.of()).status()).isEqualTo(422);
		assertThat(new Browser(port).get("/").html().select(".lead-story h2 a").attr("href")).isEqualTo(pinned.path());

		assertThat(editor.get("/newsroom").html().select(".newsroom-menu a[href=/newsroom/front]").text())
			.isEqualTo("La une");
		Browser contributor = StaffSession.signedIn(context, port, Role.CONTRIBUTOR);
		assertThat(contributor.get(FrontDesk.PATH).status()).isEqualTo(403);
		assertThat(contributor.get("/newsroom").html().select(".newsroom-menu a[href=/newsroom/front]")).isEmpty();
		assertThat(new Browser(port).get(FrontDesk.PATH).status()).isIn(302, 401, 403);
	}

	/** Posts the front page's form: pins in order, blocks as (section id, size). */
	static Browser.Page choose(Browser editor, List<Long> pins, List<long[]> blocks) {
		Element token = editor.get(FrontDesk.PATH).html().selectFirst("#front-form input[type=hidden]");
		StringBuilder body = new StringBuilder(enc(token.attr("name")) + "=" + enc(token.val()));
		pins.forEach(id -> body.append("&pin=").append(id));
		body.append("&pin=");
		for (long[] block : blocks) {
			body.append("&section=").append(block[0]).append("&size=").append(block[1]);
		}
		body.append("&section=&size=4");
		return editor.postEncoded(FrontDesk.PATH, body.toString());
	}

	private static long sectionId(Browser editor, String slug) {
		Document form = editor.get(FrontDesk.PATH).html();
		String name = form.selectFirst("nav.sections a[href=\"/section/" + slug + "\"]").text();
		return Long.parseLong(form.select("select[name=section]")
			.first()
			.select("option")
			.stream()
			.filter(o -> o.text().equals(name))
			.findFirst()
			.orElseThrow()
			.val());
	}

	private Newsdesk.Written publish(String headline, String section, Instant at) {
		return newsdesk.create(draft(headline, section, at, ArticleStatus.PUBLISHED), 0);
	}

	static ArticleDraft draft(String headline, String section, Instant at, ArticleStatus status) {
		return new ArticleDraft(headline, "Le chapeau.", "Premier paragraphe.", section, List.of(), null, "AFP",
				new LeadImage(null, null, null), status, at, true, null);
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
