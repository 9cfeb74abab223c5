package org.kiosque.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kiosque.api.AdminApiAccessTests.assertProblem;
import static org.kiosque.api.AdminApiAccessTests.path;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kiosque.account.Role;
import org.kiosque.support.ApiClient;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A tool works an article through the publishing API as an editor does at the desk: files
 * it, changes it from the revision it read (ETag / If-Match), is told when someone else
 * changed the same field meanwhile (412) and merged when they changed another, moves it
 * through the workflow, corrects it, reads and restores its revisions, and pages the list
 * by cursor.
 */
@KiosqueTest
class ArticleApiTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	ApiClient api;

	@BeforeEach
	void token() {
		api = ApiClient.with(context, port, Role.EDITOR);
	}

	@Test
	void aToolFilesADraftAndReadsItBackWithItsRevisionAsETag() {
		ApiClient.Answer made = api.post("/api/admin/articles", """
				{"headline": "Les maraîchers de Blida face à la sécheresse", "standfirst": "Un été sans pluie.",
				 "body": "Les *puits* sont à sec.", "tags": ["Agriculture", "Climat"], "byline": "Amina B.",
				 "source": "APS"}
				""");
		assertThat(made.status()).as(made.body()).isEqualTo(201);
		assertThat(made.revision()).isEqualTo(1);
		JsonNode article = made.json();
		long id = article.get("id").asLong();
		assertThat(made.header("Location")).endsWith(path(id));
		assertThat(article.get("status").asString()).isEqualTo("draft");
		assertThat(article.get("revision").asInt()).isEqualTo(1);
		ApiClient.Answer read = api.get(path(id));
		assertThat(read.revision()).isEqualTo(1);
		assertThat(read.json().get("body").asString()).isEqualTo("Les *puits* sont à sec.");
		assertThat(read.json().get("tags").values().stream().map(JsonNode::asString)).containsExactly("Agriculture",
				"Climat");
		assertThat(read.json().get("source").asString()).isEqualTo("APS");
		assertThat(read.json().get("slug").asString()).startsWith("les-maraichers-de-blida");
	}

	@Test
	void aChangeWithoutIfMatchIsRefusedWith428() {
		long id = draft("Sans précondition");
		assertProblem(api.patch(path(id), "{\"headline\":\"Autre\"}"), 428);
		assertProblem(api.post(path(id) + "/publish", null), 428);
		assertThat(api.get(path(id)).json().get("headline").asString()).isEqualTo("Sans précondition");
	}

	@Test
	void aChangeFromTheCurrentRevisionChangesOnlyTheFieldsGiven() {
		long id = draft("Titre d’origine");
		ApiClient.Answer changed = api.patch(path(id), "{\"headline\":\"Titre revu\"}", "If-Match", "\"1\"");
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(changed.revision()).isEqualTo(2);
		assertThat(changed.json().get("headline").asString()).isEqualTo("Titre revu");
		assertThat(changed.json().get("body").asString()).isEqualTo("Premier jet.");
	}

	@Test
	void aChangeFromAnOlderRevisionToAnotherFieldIsMergedAsTheDeskMerges() {
		long id = draft("Deux mains");
		assertThat(api.patch(path(id), "{\"standfirst\":\"Chapeau d’un collègue\"}", "If-Match", "\"1\"").status())
			.isEqualTo(200);
		ApiClient.Answer mine = api.patch(path(id), "{\"body\":\"Mon texte à moi.\"}", "If-Match", "\"1\"");
		assertThat(mine.status()).as(mine.body()).isEqualTo(200);
		assertThat(mine.revision()).isEqualTo(3);
		assertThat(mine.header("Kiosque-Merged-With")).isEqualTo("2");
		assertThat(mine.json().get("standfirst").asString()).isEqualTo("Chapeau d’un collègue");
		assertThat(mine.json().get("body").asString()).isEqualTo("Mon texte à moi.");
	}

	@Test
	void aChangeFromAnOlderRevisionToTheSameFieldAnswers412WithTheCurrentRevision() {
		long id = draft("Premier titre");
		assertThat(api.patch(path(id), "{\"headline\":\"Titre du collègue\"}", "If-Match", "\"1\"").status())
			.isEqualTo(200);
		ApiClient.Answer late = api.patch(path(id), "{\"headline\":\"Mon titre\"}", "If-Match", "\"1\"");
		assertProblem(late, 412);
		assertThat(late.json().get("revision").asInt()).isEqualTo(2);
		assertThat(late.revision()).isEqualTo(2);
		assertThat(late.json().get("detail").asString()).contains("a changé");
		assertThat(api.get(path(id)).json().get("headline").asString()).isEqualTo("Titre du collègue");
	}

	@Test
	void aStateChangeFromAnOlderRevisionAnswers412() {
		long id = draft("Pas encore");
		api.patch(path(id), "{\"body\":\"Relu.\"}", "If-Match", "\"1\"");
		ApiClient.Answer publish = api.post(path(id) + "/publish", null, "If-Match", "\"1\"");
		assertProblem(publish, 412);
		assertThat(publish.json().get("revision").asInt()).isEqualTo(2);
		assertThat(api.get(path(id)).json().get("status").asString()).isEqualTo("draft");
	}

	@Test
	void aDraftIsPublishedThenUnpublishedAndReadersSeeIt() {
		long id = draft("À la une demain");
		ApiClient.Answer published = api.post(path(id) + "/publish", null, "If-Match", "\"1\"");
		assertThat(published.status()).as(published.body()).isEqualTo(200);
		assertThat(published.json().get("status").asString()).isEqualTo("published");
		assertThat(published.json().get("publishedAt").isNull()).isFalse();
		Browser reader = new Browser(port);
		assertThat(reader.get("/api/content/articles/" + id).status()).isEqualTo(200);
		ApiClient.Answer down = api.post(path(id) + "/unpublish", null, "If-Match", "\"" + published.revision() + "\"");
		assertThat(down.json().get("status").asString()).isEqualTo("unpublished");
		assertThat(reader.get("/api/content/articles/" + id).status()).isEqualTo(404);
	}

	@Test
	void aDraftIsScheduledAndTheScheduleCancelled() {
		long id = draft("Pour samedi");
		ApiClient.Answer scheduled = api.post(path(id) + "/schedule", "{\"publishAt\":\"2099-06-01T08:30:00+01:00\"}",
				"If-Match", "\"1\"");
		assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(200);
		assertThat(scheduled.json().get("status").asString()).isEqualTo("scheduled");
		assertThat(scheduled.json().get("publishAt").asString()).startsWith("2099-06-01T");
		ApiClient.Answer past = api.post(path(draft("Trop tard")) + "/schedule",
				"{\"publishAt\":\"2001-01-01T08:00:00Z\"}", "If-Match", "*");
		assertProblem(past, 422);
		assertThat(past.json().get("errors").get("publishAt").asString()).isNotBlank();
		ApiClient.Answer cancelled = api.post(path(id) + "/unpublish", null, "If-Match", "*");
		assertThat(cancelled.json().get("status").asString()).isEqualTo("draft");
	}

	@Test
	void deletingWithdrawsAPublishedArticleAndRefusesADraft() {
		long id = draft("Retiré");
		int published = api.post(path(id) + "/publish", null, "If-Match", "\"1\"").revision();
		ApiClient.Answer withdrawn = api.delete(path(id), "If-Match", "\"" + published + "\"");
		assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
		assertThat(withdrawn.json().get("status").asString()).isEqualTo("unpublished");
		assertProblem(api.delete(path(draft("Brouillon")), "If-Match", "*"), 409);
	}

	@Test
	void aCorrectionIsPrintedAtAPublishedArticlesFoot() {
		long id = draft("Le barrage de Beni Haroun");
		ApiClient.Answer draftCorrection = api.post(path(id) + "/corrections", "{\"text\":\"Trop tôt.\"}", "If-Match",
				"*");
		assertProblem(draftCorrection, 409);
		int revision = api.post(path(id) + "/publish", null, "If-Match", "\"1\"").revision();
		ApiClient.Answer corrected = api.post(path(id) + "/corrections",
				"{\"text\":\"Le barrage retient 960 millions de m³, et non 690.\"}", "If-Match",
				"\"" + revision + "\"");
		assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
		assertThat(corrected.revision()).isEqualTo(revision + 1);
		String page = new Browser(port).get("/article/" + corrected.json().get("slug").asString()).body();
		assertThat(page).contains("960 millions de m³, et non 690");
	}

	@Test
	void revisionsAreListedReadAndRestored() {
		long id = draft("Version un");
		api.patch(path(id), "{\"headline\":\"Version deux\"}", "If-Match", "\"1\"");
		ApiClient.Answer list = api.get(path(id) + "/revisions");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json().values().stream().map(r -> r.get("number").asInt())).containsExactly(2, 1);
		// A draft's address follows its headline.
		assertThat(list.json().get(0).get("changed").values().stream().map(JsonNode::asString)).contains("headline")
			.doesNotContain("body");
		ApiClient.Answer first = api.get(path(id) + "/revisions/1");
		assertThat(first.json().get("text").get("headline").asString()).isEqualTo("Version un");
		assertProblem(api.get(path(id) + "/revisions/9"), 404);
		assertProblem(api.post(path(id) + "/revisions/1/restore", null, "If-Match", "\"1\""), 412);
		ApiClient.Answer restored = api.post(path(id) + "/revisions/1/restore", null, "If-Match", "\"2\"");
		assertThat(restored.status()).as(restored.body()).isEqualTo(200);
		assertThat(restored.revision()).isEqualTo(3);
		assertThat(restored.json().get("headline").asString()).isEqualTo("Version un");
	}

	@Test
	void theListIsPagedByCursorWithoutRepeatsOrGaps() {
		String word = "curseur" + System.nanoTime();
		List<Long> made = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			made.add(draft("Article " + word + " " + i));
		}
		List<Long> seen = new ArrayList<>();
		String cursor = null;
		int pages = 0;
		do {
			ApiClient.Answer page = api
				.get("/api/admin/articles?q=" + word + "&limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
			assertThat(page.status()).as(page.body()).isEqualTo(200);
			page.json().get("items").values().forEach(a -> {
				seen.add(a.get("id").asLong());
				assertThat(a.has("body")).isFalse();
			});
			JsonNode next = page.json().get("next");
			cursor = next.isNull() ? null : next.asString();
			if (cursor != null) {
				assertThat(page.header("Link")).contains("cursor=" + cursor, "q=" + word, "rel=\"next\"");
			}
			pages++;
		}
		while (cursor != null && pages < 10);
		assertThat(pages).isEqualTo(3);
		assertThat(seen).containsExactlyElementsOf(made.reversed());
		assertProblem(api.get("/api/admin/articles?cursor=n-importe-quoi"), 400);
		assertProblem(api.get("/api/admin/articles?status=perdu"), 400);
	}

	@Test
	void badFieldsAreNamedInTheProblem() {
		ApiClient.Answer answer = api.post("/api/admin/articles",
				"{\"headline\": 12, \"titre\": \"x\", \"tags\": \"un, deux\"}");
		assertProblem(answer, 422);
		JsonNode errors = answer.json().get("errors");
		assertThat(errors.get("headline").asString()).contains("texte");
		assertThat(errors.get("titre").asString()).contains("n’existe pas");
		assertThat(errors.get("tags").asString()).contains("liste");
		ApiClient.Answer blank = api.post("/api/admin/articles", "{\"body\": \"Sans titre\"}");
		assertProblem(blank, 422);
		assertThat(blank.json().get("errors").has("headline")).isTrue();
		assertProblem(api.post("/api/admin/articles", "pas du json"), 400);
		assertProblem(api.get("/api/admin/articles/abc"), 400);
		assertProblem(api.get("/api/admin/articles/999999999"), 404);
	}

	@Test
	void everyFaultOfABodyIsNamedInOneProblem() {
		// A field of the wrong type, an unknown one, a missing headline and an unknown
		// section: the body's own faults and the desk's, together.
		ApiClient.Answer answer = api.post("/api/admin/articles",
				"{\"body\": 12, \"titre\": \"x\", \"section\": \"rubrique-inexistante\", \"status\": \"perdu\"}");
		assertProblem(answer, 422);
		JsonNode errors = answer.json().get("errors");
		assertThat(errors.propertyNames()).containsExactlyInAnyOrder("body", "titre", "headline", "section", "status");
		long id = draft("Toutes les fautes " + System.nanoTime());
		ApiClient.Answer patch = api.patch("/api/admin/articles/" + id,
				"{\"headline\": \"\", \"minor\": \"oui\", \"status\": \"published\"}", "If-Match", "*");
		assertProblem(patch, 422);
		assertThat(patch.json().get("errors").propertyNames()).containsExactlyInAnyOrder("headline", "minor", "status");
	}

	@Test
	void aBodyThatIsNotJsonIsToldWhereInFrench() {
		ApiClient.Answer answer = api.post("/api/admin/articles", "{\"headline\": \"Un titre\",\n \"body\": }");
		assertProblem(answer, 400);
		assertThat(answer.json().get("line").asInt()).isEqualTo(2);
		assertThat(answer.json().get("column").asInt()).isPositive();
		String detail = answer.json().get("detail").asString();
		assertThat(detail).contains("ligne 2").doesNotContain("Unexpected").doesNotContain("token");
		assertThat(answer.body()).doesNotContain("Unexpected").doesNotContain("jackson");
	}

	@Test
	void aBodyOfAnotherTypeIsToldWhatTheRouteReads() {
		ApiClient.Answer post = api.post("/api/admin/articles", "Un titre", "Content-Type", "text/plain");
		assertProblem(post, 415);
		assertThat(post.json().get("detail").asString()).contains("application/json").doesNotContain("multipart");
		assertThat(post.header("Accept-Post")).isEqualTo("application/json");
		long id = draft("Type de contenu " + System.nanoTime());
		ApiClient.Answer patch = api.patch("/api/admin/articles/" + id, "x", "Content-Type", "text/plain", "If-Match",
				"*");
		assertProblem(patch, 415);
		assertThat(patch.json().get("detail").asString()).contains("application/merge-patch+json");
		assertThat(patch.header("Accept-Patch")).contains("application/merge-patch+json");
	}

	@Test
	void anIdIsDigitsOnlyOnEveryRoute() {
		long id = draft("Identifiants " + System.nanoTime());
		for (String bad : new String[] { "1%20234", "1%E2%80%AF234", "0x10", "12a", "%2B5", "-5",
				"99999999999999999999" }) {
			assertProblem(api.get("/api/admin/articles/" + bad), 400);
			assertProblem(api.get("/api/admin/articles/" + bad + "/revisions"), 400);
			assertProblem(api.get("/api/admin/articles/" + id + "/revisions/" + bad), 400);
			assertProblem(api.post("/api/admin/articles/" + bad + "/publish", null, "If-Match", "*"), 400);
		}
		assertThat(api.get("/api/admin/articles/" + id + "/revisions/1").status()).isEqualTo(200);
	}

	private long draft(String headline) {
		ApiClient.Answer made = api.post("/api/admin/articles",
				"{\"headline\":\"" + headline + "\",\"body\":\"Premier jet.\"}");
		assertThat(made.status()).as(made.body()).isEqualTo(201);
		return made.json().get("id").asLong();
	}

}
