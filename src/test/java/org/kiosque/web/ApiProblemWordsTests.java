package org.kiosque.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.kiosque.site.Labels;
import org.kiosque.support.LabelsIn;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The words of API problems in each of the site's languages, every status the error pages
 * know: the components alone, without starting an English site (the French one is checked
 * over HTTP by {@link ApiProblemLanguageTests}).
 */
class ApiProblemWordsTests {

	private static final List<Integer> STATUSES = List.of(400, 403, 404, 405, 413, 415, 429, 500);

	@Test
	void anEnglishSiteAnswersProblemsInEnglish() {
		Labels english = LabelsIn.language("en");
		ProblemDetail missing = errorProblem(english, 404);
		assertThat(missing.getTitle()).isEqualTo("Page not found");
		assertThat(missing.getDetail()).isEqualTo("The page you asked for does not exist or has moved.");
		assertThat(errorProblem(english, 403).getTitle()).isEqualTo("Access denied");

		ProblemDetail article = apiProblem(english,
				new ApiProblem(HttpStatus.NOT_FOUND, null, "api.problem.article", "987"));
		assertThat(article.getTitle()).isEqualTo("Article not found");
		assertThat(article.getDetail()).isEqualTo("No published article has the id 987.");
		ProblemDetail page = apiProblem(english,
				new ApiProblem(HttpStatus.BAD_REQUEST, "page", "api.problem.page", "x"));
		assertThat(page.getTitle()).isEqualTo("Invalid parameter");
		assertThat(page.getDetail()).isEqualTo(
				"The \"page\" parameter must be a whole number from 1 to 100 (got \"x\"); further on, follow the cursor (\"next\", the \"Link\" header).");
	}

	@Test
	void aFrenchSiteAnswersProblemsInFrench() {
		Labels french = LabelsIn.language("fr");
		assertThat(errorProblem(french, 404).getTitle()).isEqualTo("Page introuvable");
		assertThat(errorProblem(french, 429).getTitle()).isEqualTo("Trop de tentatives");
		assertThat(apiProblem(french, new ApiProblem(HttpStatus.NOT_FOUND, null, "api.problem.article", "987"))
			.getDetail()).isEqualTo("Aucun article publié ne porte l’identifiant 987.");
	}

	/** No status is left to Spring's reason phrase, in either language. */
	@Test
	void everyStatusHasItsOwnWordsInBothLanguages() {
		for (String language : List.of("fr", "en")) {
			Labels labels = LabelsIn.language(language);
			for (int status : STATUSES) {
				String reason = HttpStatus.valueOf(status).getReasonPhrase();
				ProblemDetail error = errorProblem(labels, status);
				assertThat(error.getTitle()).as("%s %d", language, status).isNotBlank().isNotEqualTo(reason);
				assertThat(error.getDetail()).as("%s %d", language, status).isNotBlank().isNotEqualTo(reason);
				ProblemDetail thrown = apiProblem(labels,
						new ApiProblem(HttpStatus.valueOf(status), null, "api.problem.article", "1"));
				assertThat(thrown.getTitle()).as("%s %d", language, status).isNotBlank().isNotEqualTo(reason);
			}
		}
	}

	private static ProblemDetail errorProblem(Labels labels, int status) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/content/nothing");
		// The layout only serves the HTML page; no address ever moved here.
		return new ErrorPages(null, labels, org.mockito.Mockito.mock(FormerAddresses.class)).problem(request).getBody();
	}

	private static ProblemDetail apiProblem(Labels labels, ApiProblem problem) {
		return new ApiProblems(labels).problem(problem, new MockHttpServletRequest("GET", "/api/content/articles"))
			.getBody();
	}

}
