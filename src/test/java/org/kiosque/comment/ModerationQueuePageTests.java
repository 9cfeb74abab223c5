package org.kiosque.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kiosque.account.Role;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.ui.ExtendedModelMap;

/**
 * The moderation queue page in detail: the editor's request is handed to the page's
 * controller (who may call it is the access rules' business, checked here over HTTP), and
 * the page is rendered by the real template engine. The same page over HTTP with a real
 * sign-in is in {@link SignedInCommentTests}.
 */
@KiosqueTest
class ModerationQueuePageTests {

	@Autowired
	ModerationQueue queue;

	@Autowired
	TemplateEngine templates;

	@Autowired
	ApplicationContext context;

	@RegisterExtension
	CommentFixtures fixtures = new CommentFixtures();

	@Test
	void editorsSeeWaitingCommentsWithTheirEmailAndCanApproveOneOrMany() {
		var article = fixtures.article();
		String email = CommentFixtures.email();
		String nasty = "<script>alert(1)</script> " + System.nanoTime();
		long a = CommentFixtures.idFrom(fixtures.post(fixtures.reader(), article.path(), "Zoé", email, nasty));
		long b = CommentFixtures.idFrom(fixtures.post(fixtures.reader(), article.path(), "Yann",
				CommentFixtures.email(), "Deux " + System.nanoTime()));
		long c = CommentFixtures.idFrom(fixtures.post(fixtures.reader(), article.path(), "Xavier",
				CommentFixtures.email(), "Trois " + System.nanoTime()));

		Document page = page("pending", article.id());
		assertThat(page.select(".queue-item").eachAttr("id")).containsExactly("commentaire-" + c, "commentaire-" + b,
				"commentaire-" + a);
		assertThat(page.select("#commentaire-" + a + " .comment-body").text()).isEqualTo(nasty);
		assertThat(page.select("#commentaire-" + a + " script")).isEmpty();
		assertThat(page.select("#commentaire-" + a + " .comment-meta").text()).contains(email);
		assertThat(page.select("input[type=checkbox][name=ids][form=bulk]")).hasSize(3);
		assertThat(page.select("form#bulk input[name=_csrf]")).hasSize(1);
		assertThat(page.select(".thread-state button").text()).isEqualTo("Fermer les commentaires");

		String back = queue.act("approve:" + a, "", null, "pending", article.id());
		assertThat(back).isEqualTo("redirect:/newsroom/comments?filter=pending&article=" + article.id() + "&done=done");
		queue.act(null, "spam", List.of(b, c), "pending", article.id());

		assertThat(page("pending", article.id()).select(".queue-item")).isEmpty();
		assertThat(page("approved", article.id()).select(".queue-item").eachAttr("id"))
			.containsExactly("commentaire-" + a);
		assertThat(page("spam", article.id()).select(".queue-item")).hasSize(2);
	}

	@Test
	void anActionThatChangesNothingSaysSoRatherThanDone() {
		var article = fixtures.article();
		assertThat(queue.act("approve:999999999", "", null, "pending", article.id())).endsWith("&done=none");
		assertThat(queue.act(null, "approve", List.of(), "pending", article.id())).endsWith("&done=none");
		assertThat(queue.act(null, "approve", null, "pending", article.id())).endsWith("&done=none");
		ExtendedModelMap model = new ExtendedModelMap();
		String view = queue.queue("pending", article.id(), "none", editor(), model);
		StringOutput out = new StringOutput();
		templates.render(view + ".jte", model, out);
		assertThat(Jsoup.parse(out.toString()).text()).contains("Rien n’a changé").doesNotContain("C’est fait");
	}

	@Test
	void theThreadToggleClosesAnArticle() {
		var article = fixtures.article();
		queue.close(article.id(), true);
		Document page = page("all", article.id());
		assertThat(page.select(".thread-state").text()).contains("Les commentaires sont fermés.");
		assertThat(page.select(".thread-state button").text()).isEqualTo("Ouvrir les commentaires");
	}

	@Test
	void otherStaffAreTurnedAwayByTheAccessRules() {
		Browser contributor = StaffSession.signedIn(context, fixtures.port(), Role.CONTRIBUTOR);
		assertThat(contributor.get(ModerationQueue.PATH).status()).isEqualTo(403);
		assertThat(contributor.get(ModerationQueue.PATH + "/rules").status()).isEqualTo(403);
		String token = contributor.get("/newsroom").html().selectFirst("input[name=_csrf]").val();
		assertThat(contributor.post(ModerationQueue.PATH, Map.of("_csrf", token, "single", "approve:1")).status())
			.isEqualTo(403);
		assertThat(StaffSession.signedIn(context, fixtures.port(), Role.EDITOR).get(ModerationQueue.PATH).status())
			.isEqualTo(200);
	}

	@Test
	void theRulesPageListsBlockedWordsAndBans() throws Exception {
		String address = CommentFixtures.address();
		fixtures.moderation().ban("IP", address);
		ExtendedModelMap model = new ExtendedModelMap();
		String view = queue.rules(null, editor(), model);
		StringOutput out = new StringOutput();
		templates.render(view + ".jte", model, out);
		Document page = Jsoup.parse(out.toString());
		assertThat(page.select("table").text()).contains(address);
		assertThat(page.select("form#blocked-words textarea[name=words]")).hasSize(1);
		fixtures.moderation().unban("IP", address);
	}

	private Document page(String filter, long articleId) {
		ExtendedModelMap model = new ExtendedModelMap();
		String view = queue.queue(filter, articleId, null, editor(), model);
		StringOutput out = new StringOutput();
		templates.render(view + ".jte", model, out);
		return Jsoup.parse(out.toString());
	}

	private static MockHttpServletRequest editor() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/newsroom/comments");
		request.addUserRole("EDITOR");
		request.setAttribute("_csrf",
				new org.springframework.security.web.csrf.DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "token"));
		return request;
	}

}
