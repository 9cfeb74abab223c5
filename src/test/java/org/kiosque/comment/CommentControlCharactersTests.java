package org.kiosque.comment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kiosque.article.Newsdesk;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Characters XML refuses, typed or pasted into a form, are never stored. */
@KiosqueTest
class CommentControlCharactersTests {

	@LocalServerPort
	int port;

	@Autowired
	Newsdesk newsdesk;

	@Autowired
	Signatures signatures;

	@Autowired
	Moderation moderation;

	CommentFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new CommentFixtures(newsdesk, signatures, moderation);
	}

	@Test
	void aPastedVerticalTabBecomesALineBreakAndOtherControlsGo() {
		var article = fixtures.article();
		long n = System.nanoTime();

		var posted = fixtures.post(CommentFixtures.reader(port), article.path(), "Ca\u0001mille\uFFFF",
				CommentFixtures.email(), "Première ligne\u000BDeuxième\u0002 ligne " + n + "\uFFFE");
		assertThat(posted.status()).isEqualTo(303);
		fixtures.approve(CommentFixtures.idFrom(posted));

		var api = new Browser(port).get("/api/content/articles/" + article.id() + "/comments");
		JsonNode comment = JsonMapper.shared().readTree(api.body()).path("comments").path(0);
		assertThat(comment.path("author").asString()).isEqualTo("Camille");
		assertThat(comment.path("text").asString()).isEqualTo("Première ligne\nDeuxième ligne " + n);
	}

}
