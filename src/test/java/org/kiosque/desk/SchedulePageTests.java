package org.kiosque.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.kiosque.account.Role;
import org.kiosque.article.ArticleDraft;
import org.kiosque.article.ArticleStatus;
import org.kiosque.article.HtmlValidityTests;
import org.kiosque.article.LeadImage;
import org.kiosque.article.Newsdesk;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The newsroom's schedule page, used over HTTP by staff signed in through the sign-in
 * form: what is scheduled next in the site's time zone (Europe/Paris), moving and
 * cancelling a schedule, the refusals, and who may do it.
 */
@KiosqueTest
class SchedulePageTests {

	/** Thursday 1 May 2036, 14:30 in Paris (summer time, UTC+2). */
	private static final Instant MAY_DAY = Instant.parse("2036-05-01T12:30:00Z");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Newsdesk newsdesk;

	@Autowired
	JdbcClient jdbc;

	@Test
	void editorsSeeWhatIsScheduledNextInTheSiteTimeZoneWithFrenchDates() {
		long id = scheduled("Le défilé du 1er mai", MAY_DAY);
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);

		Browser.Page page = editor.get("/newsroom/schedule");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("h1").text()).isEqualTo("Articles programmés");
		assertThat(page.text()).contains("Les heures sont celles du site (Europe/Paris)");
		Element row = row(page, id);
		assertThat(row.text()).contains("jeudi 1er mai 2036 à 14 h 30").contains("Le défilé du 1er mai");
		assertThat(row.select("time").attr("datetime")).isEqualTo("2036-05-01T14:30:00+02:00");
		assertThat(row.select("input[name=publishAt]").val()).isEqualTo("2036-05-01T14:30");
		assertThat(row.select("form.move-form input[name=_csrf]")).hasSize(1);
		assertThat(row.select("form.cancel-form input[name=_csrf]")).hasSize(1);
		assertThat(page.html().select("#schedule tbody tr").eachAttr("data-article")).as("soonest first")
			.isSortedAccordingTo((a, b) -> time(Long.parseLong(a)).compareTo(time(Long.parseLong(b))));

		assertThat(HtmlValidityTests.errors(page.body())).isEmpty();
		assertThat(editor.get("/newsroom").html().select(".newsroom-menu a[href=/newsroom/schedule]")).hasSize(1);
		Browser admin = StaffSession.signedIn(context, port, Role.ADMIN);
		assertThat(row(admin.get("/newsroom/schedule"), id)).isNotNull();
	}

	@Test
	void anEditorMovesAScheduleByTypingTheTimeInTheSiteTimeZone() {
		long id = scheduled("Reporté au lendemain", MAY_DAY);
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);

		Browser.Page moved = editor.get("/newsroom/schedule")
			.submit(editor, "#scheduled-" + id + " form.move-form", Map.of("publishAt", "2036-05-02T09:05"));
		assertThat(moved.status()).isEqualTo(302);
		assertThat(moved.location()).isEqualTo("/newsroom/schedule?done=moved");
		assertThat(time(id)).as("9:05 in Paris in May").isEqualTo(Instant.parse("2036-05-02T07:05:00Z"));
		assertThat(status(id)).isEqualTo("SCHEDULED");
		Browser.Page after = editor.get(moved.location());
		assertThat(after.html().select("p.notice").text()).isEqualTo("L’heure de parution a été changée.");
		assertThat(row(after, id).text()).contains("vendredi 2 mai 2036 à 9 h 05");

		editor.get("/newsroom/schedule")
			.submit(editor, "#scheduled-" + id + " form.move-form", Map.of("publishAt", "2036-12-01T09:05:30"));
		assertThat(time(id)).as("9:05:30 in Paris in December").isEqualTo(Instant.parse("2036-12-01T08:05:30Z"));
		Element row = row(editor.get("/newsroom/schedule"), id);
		assertThat(row.text()).contains("lundi 1er décembre 2036 à 9 h 05");
		assertThat(row.select("input[name=publishAt]").val()).isEqualTo("2036-12-01T09:05:30");
		assertThat(row.select("input[name=publishAt]").attr("step")).isEqualTo("1");
	}

	@Test
	void aTimeThatIsPastUnreadableOrSkippedByTheClocksIsRefusedInPlainFrench() {
		long id = scheduled("Une heure impossible", MAY_DAY);
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		String yesterday = OffsetDateTime.now()
			.minusDays(1)
			.toLocalDateTime()
			.truncatedTo(ChronoUnit.MINUTES)
			.toString();

		Map<String, String> refusals = Map.of(yesterday,
				"Cette heure est déjà passée : choisissez une heure à venir, ou publiez l’article depuis l’éditeur.",
				"demain matin", "Date et heure illisibles (« demain matin ») : écrivez-les comme 2026-05-01T14:30.",
				"2036-03-30T02:30",
				"Cette heure n’existe pas ce jour-là (les horloges avancent d’une heure) : choisissez-en une autre.",
				"", "Indiquez la date et l’heure de parution.");
		refusals.forEach((typed, sentence) -> {
			Browser.Page refused = editor.get("/newsroom/schedule")
				.submit(editor, "#scheduled-" + id + " form.move-form", Map.of("publishAt", typed));
			assertThat(refused.status()).as(typed).isEqualTo(400);
			Element row = row(refused, id);
			assertThat(row.select(".field-error").text()).as(typed).isEqualTo(sentence);
			assertThat(row.select("input[name=publishAt]").val()).as("what was typed stays, if the field can hold it")
				.isEqualTo(typed.equals("demain matin") ? "2036-05-01T14:30" : typed);
			assertThat(row.select("input[name=publishAt]").attr("aria-invalid")).isEqualTo("true");
			assertThat(refused.html().select(".field-error")).as("only that article's form").hasSize(1);
			assertThat(HtmlValidityTests.errors(refused.body())).isEmpty();
		});
		assertThat(time(id)).isEqualTo(MAY_DAY);
		assertThat(status(id)).isEqualTo("SCHEDULED");
	}

	@Test
	void anEditorCancelsAScheduleAndTheArticleIsADraftAgain() {
		long id = scheduled("Finalement pas", MAY_DAY);
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);

		Browser.Page cancelled = editor.get("/newsroom/schedule")
			.submit(editor, "#scheduled-" + id + " form.cancel-form", Map.of());
		assertThat(cancelled.status()).isEqualTo(302);
		assertThat(cancelled.location()).isEqualTo("/newsroom/schedule?done=cancelled");
		assertThat(status(id)).isEqualTo("DRAFT");
		assertThat(optionalTime(id)).isEmpty();
		Browser.Page after = editor.get(cancelled.location());
		assertThat(after.html().select("p.notice").text())
			.isEqualTo("La programmation est annulée : l’article est redevenu un brouillon.");
		assertThat(after.html().select("#scheduled-" + id)).isEmpty();

		// A second editor, on the page opened before, cancels or moves it again.
		Browser.Page again = editor.post("/newsroom/schedule/" + id + "/cancel", Map.of("_csrf", token(editor)));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.html().select("#schedule-problem").text()).isEqualTo("L’article n° " + id
				+ " n’est plus programmé (sa programmation a été annulée ou il a été renvoyé en brouillon).");
		assertThat(
				editor.post("/newsroom/schedule/" + id, Map.of("_csrf", token(editor), "publishAt", "2036-05-02T09:05"))
					.status())
			.isEqualTo(409);
		assertThat(status(id)).isEqualTo("DRAFT");
	}

	@Test
	void anUnknownArticleIs404AndAPublishedOne409WithTheReason() {
		long published = newsdesk
			.create(draft("Déjà en kiosque " + System.nanoTime(), ArticleStatus.PUBLISHED,
					Instant.now().minusSeconds(60)), 0)
			.id();
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);

		Browser.Page unknown = editor.post("/newsroom/schedule/999999999",
				Map.of("_csrf", token(editor), "publishAt", "2036-05-02T09:05"));
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.html().select("#schedule-problem").text()).isEqualTo("Il n’y a pas d’article n° 999999999.");
		assertThat(editor.post("/newsroom/schedule/999999999/cancel", Map.of("_csrf", token(editor))).status())
			.isEqualTo(404);
		assertThat(
				editor.post("/newsroom/schedule/999999999", Map.of("_csrf", token(editor), "publishAt", "")).status())
			.as("the article's state answers before the time typed")
			.isEqualTo(404);

		for (Browser.Page refused : List.of(
				editor.post("/newsroom/schedule/" + published,
						Map.of("_csrf", token(editor), "publishAt", "2036-05-02T09:05")),
				editor.post("/newsroom/schedule/" + published + "/cancel", Map.of("_csrf", token(editor))),
				editor.post("/newsroom/schedule/" + published, Map.of("_csrf", token(editor), "publishAt", "hier")))) {
			assertThat(refused.status()).isEqualTo(409);
			assertThat(refused.html().select("#schedule-problem").text()).isEqualTo("L’article n° " + published
					+ " est déjà publié : sa programmation ne peut plus être changée ni annulée.");
		}
		assertThat(status(published)).isEqualTo("PUBLISHED");
	}

	@Test
	void contributorsReadersAndStrangersCannotTouchASchedule() {
		long id = scheduled("Réservé aux éditeurs", MAY_DAY);
		Browser contributor = StaffSession.signedIn(context, port, Role.CONTRIBUTOR);
		String token = token(contributor);

		assertThat(contributor.get("/newsroom/schedule").status()).isEqualTo(403);
		assertThat(contributor.post("/newsroom/schedule/" + id, Map.of("_csrf", token, "publishAt", "2036-05-02T09:05"))
			.status()).isEqualTo(403);
		assertThat(contributor.post("/newsroom/schedule/" + id + "/cancel", Map.of("_csrf", token)).status())
			.isEqualTo(403);
		assertThat(contributor.get("/newsroom").html().select(".newsroom-menu a[href=/newsroom/schedule]"))
			.as("the menu offers only what the access rules open")
			.isEmpty();
		Browser.Page stranger = new Browser(port).get("/newsroom/schedule");
		assertThat(stranger.status()).isEqualTo(302);
		assertThat(stranger.location()).isEqualTo("/login");

		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		assertThat(editor.post("/newsroom/schedule/" + id + "/cancel", Map.of()).status()).as("without CSRF token")
			.isEqualTo(403);
		assertThat(status(id)).isEqualTo("SCHEDULED");
		assertThat(time(id)).isEqualTo(MAY_DAY);
	}

	private long scheduled(String headline, Instant time) {
		return newsdesk.create(draft(headline + " " + System.nanoTime(), ArticleStatus.SCHEDULED, time), 0).id();
	}

	private static ArticleDraft draft(String headline, ArticleStatus status, Instant time) {
		return new ArticleDraft(headline, "Le chapeau.", "Le texte.", null, List.of(), "Service politique", null,
				new LeadImage(null, null, null), status, time, true, null);
	}

	private static Element row(Browser.Page page, long id) {
		Element row = page.html().selectFirst("#scheduled-" + id);
		assertThat(row).as("the row of article %d on %s", id, page.path()).isNotNull();
		return row;
	}

	private static String token(Browser browser) {
		return browser.get("/account").html().selectFirst("input[name=_csrf]").val();
	}

	private String status(long id) {
		return jdbc.sql("SELECT status FROM article WHERE id = :id").param("id", id).query(String.class).single();
	}

	private Instant time(long id) {
		return optionalTime(id).orElseThrow();
	}

	private Optional<Instant> optionalTime(long id) {
		return jdbc.sql("SELECT published_at FROM article WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant))
			.single();
	}

}
