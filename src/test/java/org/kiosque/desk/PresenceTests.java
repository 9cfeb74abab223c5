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
 * heartbeat ({@code POST …/presence}) count, without JavaScript here.
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
		assertThat(alone.html().select(".desk-presence")).as("no one else yet").isEmpty();
		String heartbeat = alone.html().selectFirst("form#editor").attr("data-presence-url");
		assertThat(heartbeat).isEqualTo(EditorForms.editor(id) + "/presence");

		var secondOpens = second.get(EditorForms.editor(id));
		assertThat(secondOpens.html().select(".desk-presence").text()).isEqualTo("Aussi ouvert par : Rédaction editor");
		String token = alone.html().selectFirst("form#editor input[name=_csrf]").val();
		assertThat(first.post(heartbeat, Map.of("_csrf", token)).status()).isEqualTo(204);

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
