package org.kiosque.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kiosque.account.Role;
import org.kiosque.article.ArticleLedger;
import org.kiosque.article.ArticleStatus;
import org.kiosque.site.SiteSettings;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An article scheduled at the desk and made public by the server's own schedule gets a
 * revision saying so, under the name of the editor who scheduled it, once.
 */
@KiosqueTest
class ScheduledReleasesTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ArticleLedger ledger;

	@Autowired
	RevisionRepository revisions;

	@Autowired
	SiteSettings site;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aScheduledPublicationIsRecordedInTheHistoryOnce() {
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		long id = EditorForms.create(editor, "save",
				Map.of("headline", "Publié par le planning " + System.nanoTime(), "body", "Texte."));
		LocalDateTime later = LocalDateTime.now(site.timeZone()).plusDays(1).truncatedTo(ChronoUnit.MINUTES);
		assertThat(EditorForms
			.act(editor, EditorForms.editor(id), "schedule", Map.of("publishAt", EditorViews.LOCAL_TIME.format(later)))
			.status()).isEqualTo(303);
		Revision scheduled = revisions.find(id, revisions.latestNumber(id)).orElseThrow();
		assertThat(scheduled.action()).isEqualTo(DeskAction.SCHEDULE);

		// Its time comes: moved to a second ago, the server's own check publishes it.
		Instant due = Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
		jdbc.sql("UPDATE article SET published_at = :due WHERE id = :id")
			.param("due", OffsetDateTime.ofInstant(due, ZoneOffset.UTC))
			.param("id", id)
			.update();
		await().atMost(Duration.ofSeconds(90)).until(() -> revisions.latestNumber(id) == scheduled.number() + 1);

		Revision release = revisions.find(id, scheduled.number() + 1).orElseThrow();
		assertThat(ledger.find(id).orElseThrow().status()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(release.action()).isEqualTo(DeskAction.RELEASE);
		assertThat(release.accountId()).isEqualTo(scheduled.accountId());
		assertThat(release.status()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(release.publishedAt()).isEqualTo(due);
		assertThat(release.copy()).isEqualTo(scheduled.copy());
		assertThat(release.changed()).isEmpty();
		var history = editor.get("/newsroom/articles/" + id + "/revisions");
		assertThat(history.html().text()).contains("Publication à l’heure programmée");
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(5))
			.until(() -> revisions.latestNumber(id) == release.number());
	}

}
