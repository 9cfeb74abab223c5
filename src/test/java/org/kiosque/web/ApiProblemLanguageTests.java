package org.kiosque.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kiosque.support.KiosqueTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an API client reads when its request fails is in the site's language (French by
 * default), whatever refused it: the API itself, the security filters or Spring MVC.
 * English sites: {@link ApiProblemWordsTests}.
 */
@KiosqueTest
@Tag(KiosqueTest.SAME_ON_EVERY_DATABASE)
class ApiProblemLanguageTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	/** Spring's reason phrases: "Not Found", "Forbidden"... */
	static final List<String> REASON_PHRASES = Arrays.stream(HttpStatus.values())
		.map(HttpStatus::getReasonPhrase)
		.toList();

	@LocalServerPort
	int port;

	@Test
	void anAddressNoApiAnswersIsAFrenchProblem() throws Exception {
		JsonNode problem = problem(get("/api/content/nulle-part-" + System.nanoTime()), 404);
		assertThat(problem.path("title").asString()).isEqualTo("Page introuvable");
		assertThat(problem.path("detail").asString()).isEqualTo("La page demandée n’existe pas ou a été déplacée.");
	}

	@Test
	void aRefusedWriteIsAFrenchProblem() throws Exception {
		HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/content/articles"))
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		JsonNode problem = problem(answer, 403);
		assertThat(problem.path("title").asString()).isEqualTo("Accès refusé");
	}

	@Test
	void theApisOwnProblemsAreFrenchToo() throws Exception {
		assertThat(problem(get("/api/content/articles/987654321987"), 404).path("title").asString())
			.isEqualTo("Article introuvable");
		JsonNode badPage = problem(get("/api/content/articles?page=deux"), 400);
		assertThat(badPage.path("title").asString()).isEqualTo("Paramètre invalide");
		assertThat(badPage.path("detail").asString()).startsWith("Le paramètre").contains("doit être un nombre entier");
		assertThat(problem(get("/api/content/articles/0/comments"), 404).path("title").asString())
			.isEqualTo("Article introuvable");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", "application/json").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static JsonNode problem(HttpResponse<String> answer, int status) {
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
		assertThat(answer.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = JsonMapper.builder().build().readTree(answer.body());
		assertThat(problem.path("title").asString()).isNotBlank().isNotIn(REASON_PHRASES);
		assertThat(problem.path("detail").asString()).isNotBlank().isNotIn(REASON_PHRASES);
		return problem;
	}

	private String base() {
		return "http://localhost:" + port;
	}

}
