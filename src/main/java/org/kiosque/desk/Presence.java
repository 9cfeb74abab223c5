package org.kiosque.desk;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.kiosque.account.CurrentReader;
import org.kiosque.account.ReaderIdentity;
import org.kiosque.article.ArticleLedger;
import org.kiosque.article.DeskArticle;
import org.kiosque.site.Labels;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Who else has an article open in the editor. Opening the editor, and the script's
 * heartbeat ({@code POST /newsroom/articles/{id}/presence}, with the form's CSRF token,
 * every {@code kiosque.desk.heartbeat}, 20 s by default), record the person in
 * {@code desk_presence}; the editor names the others seen within three heartbeats ("Aussi
 * ouvert par : X"). A heartbeat answers that line ({@code 200}, {@code text/plain} in the
 * person's language) for the script to show in place of the one the page was opened with,
 * {@code 204} when no one else has the article open, {@code 403} for someone who may not
 * open the article, {@code 404} for no such article. Nothing is locked: two people may
 * write at once, their saves are merged ({@link Reconciliation}).
 */
@Controller
class Presence {

	/** Three heartbeats missed: gone. */
	private final Duration fresh;

	private final JdbcClient jdbc;

	private final ArticleLedger ledger;

	private final DeskPolicy policy;

	private final DeskPeople people;

	private final CurrentReader current;

	private final Clock clock;

	private final Labels labels;

	Presence(JdbcClient jdbc, ArticleLedger ledger, DeskPolicy policy, DeskPeople people, CurrentReader current,
			Clock clock, Labels labels, DeskSettings settings) {
		this.fresh = settings.heartbeat().multipliedBy(3);
		this.labels = labels;
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.policy = policy;
		this.people = people;
		this.current = current;
		this.clock = clock;
	}

	@PostMapping(ArticleEditor.PATH + "/{id}/presence")
	ResponseEntity<String> beat(@PathVariable long id) {
		ReaderIdentity me = current.get().orElseThrow();
		DeskArticle article = ledger.find(id).orElse(null);
		if (article == null) {
			return ResponseEntity.notFound().build();
		}
		if (!policy.mayOpen(me, article)) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
		}
		seen(me.id(), id);
		String line = alsoOpen(me.id(), id);
		if (line == null) {
			return ResponseEntity.noContent().build();
		}
		return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8)).body(line);
	}

	/**
	 * "Aussi ouvert par : X, Y" (in the person's language), the others who have the
	 * article open; {@code null} when no one else has.
	 */
	@Nullable String alsoOpen(long accountId, long articleId) {
		List<String> others = others(accountId, articleId);
		return others.isEmpty() ? null : labels.get("desk.presence", String.join(", ", others));
	}

	/** Records that {@code accountId} has the article open now. */
	@Transactional
	void seen(long accountId, long articleId) {
		Instant now = clock.instant();
		jdbc.sql("DELETE FROM desk_presence WHERE seen_at < :gone OR (account_id = :account AND article_id = :article)")
			.param("gone", OffsetDateTime.ofInstant(now.minus(fresh), ZoneOffset.UTC))
			.param("account", accountId)
			.param("article", articleId)
			.update();
		try {
			jdbc.sql("INSERT INTO desk_presence (account_id, article_id, seen_at) VALUES (:account, :article, :at)")
				.param("account", accountId)
				.param("article", articleId)
				.param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
				.update();
		}
		catch (DuplicateKeyException sameTimeInAnotherTab) {
			// The person's other tab beat at the same moment: they are seen either way.
		}
	}

	/** The names of the others who have the article open, by name. */
	List<String> others(long accountId, long articleId) {
		List<Long> ids = jdbc
			.sql("SELECT account_id FROM desk_presence WHERE article_id = :article AND account_id <> :account"
					+ " AND seen_at >= :fresh")
			.param("article", articleId)
			.param("account", accountId)
			.param("fresh", OffsetDateTime.ofInstant(clock.instant().minus(fresh), ZoneOffset.UTC))
			.query(Long.class)
			.list();
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, String> names = people.names(ids);
		return ids.stream().map(names::get).filter(n -> n != null).sorted().toList();
	}

}
