package org.kiosque.comment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Characters XML refuses, typed or pasted into a form, are never stored. */
@KiosqueTest
class CommentControlCharactersTests {

	@RegisterExtension
	CommentFixtures fixtures = new CommentFixtures();

	@Test
	void aPastedVerticalTabBecomesALineBreakAndOtherControlsGo() {
		var article = fixtures.article();
		long n = System.nanoTime();

		var posted = fixtures.post(fixtures.reader(), article.path(), "Ca\u0001mille\uFFFF", CommentFixtures.email(),
				"Première ligne\u000BDeuxième\u0002 ligne " + n + "\uFFFE");
		assertThat(posted.status()).isEqualTo(303);
		fixtures.approve(CommentFixtures.idFrom(posted));

		var api = new Browser(fixtures.port()).get("/api/content/articles/" + article.id() + "/comments");
		JsonNode comment = JsonMapper.shared().readTree(api.body()).path("comments").path(0);
		assertThat(comment.path("author").asString()).isEqualTo("Camille");
		assertThat(comment.path("text").asString()).isEqualTo("Première ligne\nDeuxième ligne " + n);
	}

}
