package org.kiosque.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kiosque.account.ReaderIdentity;
import org.kiosque.account.Role;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A signed-in reader's fifteen minutes, with the clock moved by ageing the comment in the
 * database; the same over HTTP with a real sign-in is in {@link SignedInCommentTests}.
 */
@KiosqueTest
class EditWindowTests {

	@Autowired
	Conversations conversations;

	@Autowired
	JdbcClient jdbc;

	@RegisterExtension
	CommentFixtures fixtures = new CommentFixtures();

	@Test
	void aReaderMayEditAndDeleteTheirOwnCommentForFifteenMinutesOnly() {
		var article = fixtures.article();
		ReaderIdentity me = reader();
		ReaderIdentity someoneElse = reader();
		long id = post(article.id(), me, "Première version " + System.nanoTime());

		assertThat(conversations.ownEditable(id, me)).isPresent();
		assertThat(conversations.ownEditable(id, someoneElse)).isEmpty();
		assertThat(conversations.ownEditable(id, null)).isEmpty();

		assertThat(conversations.editOwn(id, me, "Version corrigée")).isEmpty();
		assertThat(conversations.find(id).orElseThrow().body()).isEqualTo("Version corrigée");
		assertThat(conversations.editOwn(id, me, " ")).containsEntry("body", "comment.error.body-empty");
		assertThatThrownBy(() -> conversations.editOwn(id, someoneElse, "Pirate"))
			.isInstanceOf(Conversations.NotAllowed.class);

		age(id, 16);
		assertThatThrownBy(() -> conversations.editOwn(id, me, "Trop tard"))
			.isInstanceOf(Conversations.NotAllowed.class);
		assertThatThrownBy(() -> conversations.deleteOwn(id, me)).isInstanceOf(Conversations.NotAllowed.class);
	}

	@Test
	void aDeletedCommentLeavesThePage() {
		var article = fixtures.article();
		ReaderIdentity me = reader();
		String body = "À supprimer " + System.nanoTime();
		long id = post(article.id(), me, body);
		fixtures.approve(id);
		age(id, 14);
		assertThat(new Browser(fixtures.port()).get(article.path()).text()).contains(body);

		conversations.deleteOwn(id, me);

		assertThat(fixtures.articlePage(new Browser(fixtures.port()), article).text()).doesNotContain(body);
		assertThat(conversations.find(id).orElseThrow().status()).isEqualTo(CommentStatus.DELETED);
	}

	@Test
	void anonymousReadersCannotEditOrDeleteOverHttp() {
		var article = fixtures.article();
		long id = post(article.id(), reader(), "Le mien " + System.nanoTime());
		Browser stranger = fixtures.reader();
		assertThat(stranger.get("/comments/" + id + "/edit").status()).isEqualTo(403);
		var page = stranger.get(article.path());
		String token = page.html().select("form.comment-form input[name=_csrf]").val();
		assertThat(stranger.post("/comments/" + id + "/delete", java.util.Map.of("_csrf", token)).status())
			.isEqualTo(403);
		assertThat(conversations.find(id).orElseThrow().status()).isEqualTo(CommentStatus.PENDING);
	}

	private long post(long articleId, ReaderIdentity reader, String body) {
		var result = conversations
			.post(new Submission(articleId, null, reader.displayName(), reader.email(), body, CommentFixtures.address(),
					fixtures.signatures().stamp(Instant.now().minusSeconds(10)), "", null, Instant.now()), reader);
		return ((Conversations.Stored) result).id();
	}

	private void age(long id, int minutes) {
		jdbc.sql("UPDATE comment SET created_at = :at WHERE id = :id")
			.param("at", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(minutes))
			.param("id", id)
			.update();
	}

	private static ReaderIdentity reader() {
		long n = System.nanoTime();
		return new ReaderIdentity(n, "compte-" + n + "@example.org", "Lecteur " + (n % 1000), Role.READER);
	}

}
