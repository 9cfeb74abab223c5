package org.kiosque.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.kiosque.account.Role;
import org.kiosque.article.Newsdesk;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.Mailbox;
import org.kiosque.support.StaffSession;
import org.kiosque.web.NewsroomLink;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The newsroom's newsletter page, used by staff signed in through the real sign-in form.
 */
@KiosqueTest
class NewsroomNewsletterTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	SubscriberRepository register;

	@Autowired
	DeliveryRepository deliveries;

	@Autowired
	Newsdesk newsdesk;

	@Autowired
	List<NewsroomLink> links;

	@Test
	void editorsSeeCountsFindSubscribersAndExportThem() {
		String email = Fixtures.address("recherche");
		Fixtures.confirmed(register, email);
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);

		Document page = editor.get("/newsroom/newsletter?q=" + URLEncoder.encode(email, StandardCharsets.UTF_8)).html();
		assertThat(page.select("h1").text()).isEqualTo("Newsletter");
		assertThat(page.select("table.subscribers tbody tr")).hasSize(1);
		assertThat(page.select("table.subscribers tbody td").first().text()).isEqualTo(email);
		assertThat(page.select("li.count-confirmed").text())
			.matches("[01] inscrit confirmé|(?![01] )\\d[\\d\u202f]* inscrits confirmés");

		var csv = StaffSession.signedIn(context, port, Role.ADMIN).get("/newsroom/newsletter/subscribers.csv");
		assertThat(csv.header("Content-Type")).startsWith("text/csv");
		assertThat(csv.body()).startsWith("email,name,status").contains("\"" + email + "\",,CONFIRMED");
		assertThat(links).anyMatch(l -> l.path().equals("/newsroom/newsletter"));
		assertThat(editor.get("/newsroom").html().select(".newsroom-menu a[href=/newsroom/newsletter]")).hasSize(1);
	}

	@Test
	void contributorsAndVisitorsAreKeptOut() {
		Browser contributor = StaffSession.signedIn(context, port, Role.CONTRIBUTOR);
		assertThat(contributor.get("/newsroom/newsletter").status()).isEqualTo(403);
		assertThat(contributor.get("/newsroom").html().select(".newsroom-menu a[href=/newsroom/newsletter]"))
			.as("the menu offers only what the access rules open")
			.isEmpty();
		assertThat(contributor.get("/newsroom/newsletter/subscribers.csv").status()).isEqualTo(403);
		var anonymous = new Browser(port).get("/newsroom/newsletter/subscribers.csv");
		assertThat(anonymous.status()).isEqualTo(302);
		assertThat(anonymous.location()).endsWith("/login");
		assertThat(anonymous.body()).doesNotContain("@");
	}

	@Test
	void anEditorSendsAnEditionNowAndSeesItsDeliveryFigures() {
		String email = Fixtures.address("envoi-manuel");
		Fixtures.confirmed(register, email);
		String headline = "Édition envoyée à la main " + System.nanoTime();
		Fixtures.article(newsdesk, headline);
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);

		var sent = editor.submit("/newsroom/newsletter", "form.newsletter-send", Map.of());
		assertThat(sent.location()).isEqualTo("/newsroom/newsletter?done=sent");
		var mail = Mailbox.await(email, 1).get(0);
		long editionId = Long.parseLong(Fixtures.messageId(mail).replaceAll("<edition-(\\d+)\\..*", "$1"));
		Fixtures.awaitSent(deliveries, editionId);

		Document page = editor.get("/newsroom/newsletter").html();
		var row = page.select("table.editions tbody tr").first();
		assertThat(row.text()).contains("Édition envoyée à la main");
		assertThat(row.select("td.waiting").text()).isEqualTo("0");
		assertThat(Integer.parseInt(row.select("td.sent").text().replaceAll("\\D", ""))).isPositive();

		var nothing = editor.submit("/newsroom/newsletter", "form.newsletter-send", Map.of());
		assertThat(nothing.location()).isEqualTo("/newsroom/newsletter?done=nothing");
	}

	@Test
	void anAlertForSomethingThatIsNotAnArticleNumberGetsTheDesksNotice() {
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		for (String typed : new String[] { "abc", "", "12 34", "99999999999999999999" }) {
			var refused = editor.get("/newsroom/newsletter")
				.submit(editor, "form.newsletter-alert", Map.of("article", typed));
			assertThat(refused.location()).as(typed).isEqualTo("/newsroom/newsletter?done=noalert");
			assertThat(editor.get(refused.location()).text()).as(typed)
				.contains("Alerte non envoyée : article introuvable");
		}
	}

}
