package org.kiosque.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kiosque.account.Role;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The editor names the others who have the article open: opening the editor and the
 * heartbeat ({@code POST …/presence}) count, without JavaScript here; the heartbeat
 * answers the line to show (200) or nothing when no one else is there (204).
 */
@KiosqueTest
class PresenceTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void theEditorShowsWhoElseHasTheArticleOpen() {
		Browser first = StaffSession.signedIn(context, port, Role.EDITOR);
		Browser second = StaffSession.signedIn(context, port, Role.ADMIN);
		long id = EditorForms.create(first, "save", Map.of("headline", "Ensemble " + System.nanoTime()));
		var alone = first.get(EditorForms.editor(id));
		assertThat(alone.html().select(".desk-presence[hidden]").text()).as("no one else yet").isEmpty();
		String heartbeat = alone.html().selectFirst("form#editor").attr("data-presence-url");
		assertThat(heartbeat).isEqualTo(EditorForms.editor(id) + "/presence");
		assertThat(alone.html().selectFirst("form#editor").attr("data-heartbeat-ms"))
			.as("kiosque.desk.heartbeat, for the script")
			.isEqualTo("3000");
		String token = alone.html().selectFirst("form#editor input[name=_csrf]").val();
		assertThat(first.post(heartbeat, Map.of("_csrf", token)).status()).as("alone: nothing to show").isEqualTo(204);

		var secondOpens = second.get(EditorForms.editor(id));
		assertThat(secondOpens.html().select(".desk-presence:not([hidden])").text())
			.isEqualTo("Aussi ouvert par : Rédaction editor");
		var beat = first.post(heartbeat, Map.of("_csrf", token));
		assertThat(beat.status()).isEqualTo(200);
		assertThat(beat.header("Content-Type")).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
		assertThat(beat.body()).as("the line the script shows").isEqualTo("Aussi ouvert par : Rédaction admin");

		assertThat(first.get(EditorForms.editor(id)).html().select(".desk-presence").text())
			.isEqualTo("Aussi ouvert par : Rédaction admin");
	}

	@Test
	void aContributorMayNotBeatOnAnotherOnesArticle() {
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		Browser contributor = StaffSession.signedIn(context, port, Role.CONTRIBUTOR);
		long id = EditorForms.create(editor, "save", Map.of("headline", "Pas à toi " + System.nanoTime()));
		String token = contributor.get("/newsroom/articles/new").html().selectFirst("input[name=_csrf]").val();

		assertThat(contributor.post(EditorForms.editor(id) + "/presence", Map.of("_csrf", token)).status())
			.isEqualTo(403);
	}

}
