package org.kiosque.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.kiosque.account.CurrentReader;
import org.kiosque.account.ReaderIdentity;
import org.kiosque.article.ArticleLedger;
import org.kiosque.article.ArticleStatus;
import org.kiosque.article.DeskArticle;
import org.kiosque.article.LedgerLine;
import org.kiosque.article.LedgerQuery;
import org.kiosque.desk.Copy;
import org.kiosque.desk.Desk;
import org.kiosque.desk.DeskAction;
import org.kiosque.desk.DeskPolicy;
import org.kiosque.desk.LeadPicture;
import org.kiosque.desk.Revision;
import org.kiosque.desk.RevisionRepository;
import org.kiosque.site.FormProblems;
import org.kiosque.site.SiteSettings;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/admin/articles}: the desk's articles for tools. Every change goes through
 * {@link Desk#act} (its policy, workflow, checks, merge and revision record), as the
 * editor's form does; every answer about one article carries its revision as
 * {@code ETag}. Changes need {@code If-Match} (428 without it): a state change (publish,
 * schedule, unpublish, withdraw, correction, restore) from any revision but the current
 * answers 412; a {@code PATCH} from an older one is merged as the desk merges two
 * people's saves when the changes touch different fields, and answers 412 when they touch
 * the same ones (or the lead picture), with the current revision in the problem.
 */
@RestController
@RequestMapping(path = ArticleApi.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
class ArticleApi {

	static final String PATH = "/api/admin/articles";

	static final int DEFAULT_LIMIT = 20;

	static final int MAX_LIMIT = 100;

	/** The desk's refusals of an action the article's status does not allow: 409. */
	private static final Set<String> WORKFLOW_REFUSALS = Set.of("desk.problem.submit", "desk.problem.return",
			"desk.problem.unpublish", "desk.problem.schedule-published");

	private final Desk desk;

	private final ArticleLedger ledger;

	private final RevisionRepository revisions;

	private final DeskPolicy policy;

	private final CurrentReader current;

	private final ArticleShapes shapes;

	private final SiteSettings site;

	ArticleApi(Desk desk, ArticleLedger ledger, RevisionRepository revisions, DeskPolicy policy, CurrentReader current,
			ArticleShapes shapes, SiteSettings site) {
		this.desk = desk;
		this.ledger = ledger;
		this.revisions = revisions;
		this.policy = policy;
		this.current = current;
		this.shapes = shapes;
		this.site = site;
	}

	/**
	 * Articles last changed first, {@code limit} at a time (1 to {@value #MAX_LIMIT}),
	 * filtered by {@code status}, {@code section} (slug) and {@code q} (in the headline);
	 * {@code next} is the cursor of the following page (keyset paging: nothing skipped or
	 * repeated when articles change meanwhile), {@code null} on the last. Contributors
	 * see their own articles only, as at the desk.
	 */
	@GetMapping
	ResponseEntity<ArticlePage> list(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String section,
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String limit,
			@RequestParam(required = false) @Nullable String cursor) {
		ReaderIdentity me = me();
		int size = limit(limit);
		LedgerQuery query = new LedgerQuery(status == null || status.isBlank() ? null : status(status),
				section == null || section.isBlank() ? null : section.strip(),
				policy.seesEveryArticle(me) ? null : me.id(), null, null, q);
		Instant afterAt = null;
		long afterId = 0;
		if (cursor != null && !cursor.isBlank()) {
			String[] parts = decode(cursor);
			afterAt = Instant.parse(parts[0]);
			afterId = Long.parseLong(parts[1]);
		}
		List<LedgerLine> lines = ledger.listAfter(query, afterAt, afterId, size + 1);
		boolean more = lines.size() > size;
		List<LedgerLine> shown = more ? lines.subList(0, size) : lines;
		List<ApiArticle> items = shown.stream()
			.map(line -> ledger.find(line.id()).map(a -> shapes.shape(a, false)).orElse(null))
			.filter(a -> a != null)
			.toList();
		String next = more ? encode(shown.getLast()) : null;
		var answer = ResponseEntity.ok().cacheControl(CacheControl.noStore());
		if (next != null) {
			UriComponentsBuilder link = UriComponentsBuilder.fromUriString(site.absolute(PATH))
				.queryParam("cursor", next)
				.queryParam("limit", size);
			for (String[] kept : new String[][] { { "status", status }, { "section", section }, { "q", q } }) {
				if (kept[1] != null && !kept[1].isBlank()) {
					link.queryParam(kept[0], kept[1].strip());
				}
			}
			answer.header(HttpHeaders.LINK, "<" + link.encode().toUriString() + ">; rel=\"next\"");
		}
		return answer.body(new ArticlePage(items, next));
	}

	/**
	 * One page of articles.
	 *
	 * @param next the cursor of the following page, {@code null} on the last
	 */
	record ArticlePage(List<ApiArticle> items, @Nullable String next) {
	}

	/**
	 * A new article: a draft, or with {@code status} {@code review}, {@code published} or
	 * {@code scheduled} (then with {@code publishAt}), as the editor's buttons do. 201
	 * with the article and its address.
	 */
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ApiArticle> create(@RequestBody JsonNode body) {
		ArticleFields fields = ArticleFields.read(body, site.timeZone());
		Map<String, String> errors = new LinkedHashMap<>(fields.errors());
		DeskAction action = switch (fields.status() == null ? "draft" : fields.status()) {
			case "draft" -> DeskAction.SAVE;
			case "review" -> DeskAction.SUBMIT;
			case "published" -> DeskAction.PUBLISH;
			case "scheduled" -> DeskAction.SCHEDULE;
			default -> {
				errors.put("status", "api.admin.problem.field.status");
				yield DeskAction.SAVE;
			}
		};
		refuseIfAny(errors, fields.over(Copy.blank()), fields.lead());
		Desk.Outcome outcome = desk.act(me(), null, fields.over(Copy.blank()), action, 0, fields.publishAt(), null,
				Desk.Visibility.PLAIN, fields.lead());
		return answer(outcome, true);
	}

	@GetMapping("/{id}")
	ResponseEntity<ApiArticle> one(@PathVariable long id) {
		opened(id);
		return ok(id);
	}

	/**
	 * Changes the fields given (RFC 7396 merge patch: absent leaves, {@code null}
	 * empties). {@code status} {@code review} submits a draft; other moves have their
	 * routes. On a published article, {@code correction} prints a correction and
	 * {@code minor} marks a minor fix, as in the editor.
	 */
	@PatchMapping(path = "/{id}", consumes = { MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json" })
	ResponseEntity<ApiArticle> patch(@PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch, @RequestBody JsonNode body) {
		DeskArticle article = opened(id);
		int base = Preconditions.revision(ifMatch);
		int latest = revisions.latestNumber(id);
		ArticleFields fields = ArticleFields.read(body, site.timeZone());
		if (base != Preconditions.ANY && (base > latest || base < latest && fields.lead() != null)) {
			// The lead picture is not merged: a change to it stands on the current
			// revision only.
			throw Preconditions.movedOn(latest);
		}
		int from = base == Preconditions.ANY ? latest : base;
		Map<String, String> errors = new LinkedHashMap<>(fields.errors());
		DeskAction action = DeskAction.SAVE;
		if (fields.status() != null && !fields.status().equals(ArticleShapes.status(article.status()))) {
			if (!"review".equals(fields.status())) {
				errors.put("status", "api.admin.problem.status-route");
			}
			action = DeskAction.SUBMIT;
		}
		Copy copy = fields.over(copyAt(article, from));
		refuseIfAny(errors, copy, fields.lead());
		return answer(desk.act(me(), id, copy, action, from, null, null,
				new Desk.Visibility(fields.correction(), fields.minor()), fields.lead()), false);
	}

	@PostMapping("/{id}/publish")
	ResponseEntity<ApiArticle> publish(@PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		return move(id, ifMatch, DeskAction.PUBLISH, null);
	}

	/**
	 * Public at {@code publishAt} (ISO-8601; with an offset, or the site's local time).
	 */
	@PostMapping(path = "/{id}/schedule", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ApiArticle> schedule(@PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch, @RequestBody JsonNode body) {
		JsonNode at = body.get("publishAt");
		if (at == null || !at.isString()) {
			throw AdminProblems.invalid(Map.of("publishAt", "desk.problem.publish-at-missing"));
		}
		return move(id, ifMatch, DeskAction.SCHEDULE, ArticleFields.local(at.stringValue().strip(), site.timeZone()));
	}

	/** Takes a published article down; a scheduled one goes back to draft. */
	@PostMapping("/{id}/unpublish")
	ResponseEntity<ApiArticle> unpublish(@PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		return move(id, ifMatch, DeskAction.UNPUBLISH, null);
	}

	/**
	 * Withdraws the article from the site: the desk never erases an article (its
	 * revisions are kept for ever), so {@code DELETE} unpublishes a published one and
	 * cancels a scheduled one, as {@code …/unpublish}; 409 for a draft, which is not on
	 * the site.
	 */
	@DeleteMapping("/{id}")
	ResponseEntity<ApiArticle> withdraw(@PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		return move(id, ifMatch, DeskAction.UNPUBLISH, null);
	}

	/**
	 * A correction printed at a published article's foot with its date ({@code text}),
	 * recorded as a revision. 201 with the article; 409 for an article not published.
	 */
	@PostMapping(path = "/{id}/corrections", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ApiArticle> correct(@PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch, @RequestBody JsonNode body) {
		DeskArticle article = opened(id);
		int latest = current(ifMatch, id);
		JsonNode text = body.get("text");
		if (text == null || !text.isString() || text.stringValue().isBlank()) {
			throw AdminProblems.invalid(Map.of("text", "api.admin.problem.field.correction"));
		}
		if (article.status() != ArticleStatus.PUBLISHED) {
			throw new AdminProblem(409, "api.admin.problem.correction-unpublished");
		}
		Desk.Outcome outcome = desk.act(me(), id, copyAt(article, latest), DeskAction.SAVE, latest, null, null,
				new Desk.Visibility(text.stringValue().strip(), false), null);
		if (outcome instanceof Desk.Outcome.Invalid invalid && invalid.problems().has("correction")) {
			throw AdminProblems.invalid(Map.of("text", invalid.problems().key("correction")));
		}
		return answer(outcome, true);
	}

	/** A state change: from the current revision only. */
	private ResponseEntity<ApiArticle> move(long id, @Nullable String ifMatch, DeskAction action,
			@Nullable String publishAt) {
		DeskArticle article = opened(id);
		int latest = current(ifMatch, id);
		return answer(desk.act(me(), id, copyAt(article, latest), action, latest, publishAt, null,
				Desk.Visibility.PLAIN, null), false);
	}

	/** The current revision number, when {@code If-Match} names it; else 428 or 412. */
	private int current(@Nullable String ifMatch, long id) {
		int base = Preconditions.revision(ifMatch);
		int latest = revisions.latestNumber(id);
		if (base != Preconditions.ANY && base != latest) {
			throw Preconditions.movedOn(latest);
		}
		return latest;
	}

	/**
	 * The text as revision {@code number} held it: the article's own when that is the
	 * latest (or it has none), so that nothing written since outside the desk is undone.
	 */
	private Copy copyAt(DeskArticle article, int number) {
		if (number == revisions.latestNumber(article.id())) {
			return Desk.copyOf(article);
		}
		return revisions.find(article.id(), number).map(Revision::copy).orElseGet(() -> Desk.copyOf(article));
	}

	/** The article, when the caller may open it: 404, 403 otherwise. */
	private DeskArticle opened(long id) {
		DeskArticle article = ledger.find(id).orElseThrow(() -> missing(id));
		if (!policy.mayOpen(me(), article)) {
			throw new AdminProblem(403, "desk.refused.others");
		}
		return article;
	}

	private ResponseEntity<ApiArticle> answer(Desk.Outcome outcome, boolean created) {
		return switch (outcome) {
			case Desk.Outcome.Done done -> {
				ApiArticle article = shapes.find(done.articleId(), true).orElseThrow();
				var answer = created ? ResponseEntity.created(URI.create(site.absolute(PATH + "/" + done.articleId())))
						: ResponseEntity.ok();
				if (done.merged()) {
					answer.header("Kiosque-Merged-With", String.valueOf(done.mergedWith()));
					answer.header("Kiosque-Merged-Fields", String.join(",", done.mergedFields()));
				}
				yield answer.eTag(String.valueOf(article.revision()))
					.cacheControl(CacheControl.noStore())
					.body(article);
			}
			case Desk.Outcome.Refused refused -> throw new AdminProblem(403, refused.messageKey());
			case Desk.Outcome.Missing missing -> throw new AdminProblem(404, "api.admin.problem.missing");
			case Desk.Outcome.Invalid invalid -> throw invalid(invalid.problems());
			case Desk.Outcome.Conflicted conflict ->
				throw Preconditions.movedOn(conflict.theirs().number()).with("fields", conflict.clashes().fields());
		};
	}

	/**
	 * When the body had faults of its own ({@code errors}), 422 with them and with what
	 * the desk says of the rest ({@link Desk#check}), all in one problem; a field keeps
	 * its first fault.
	 */
	private void refuseIfAny(Map<String, String> errors, Copy copy, @Nullable LeadPicture lead) {
		if (errors.isEmpty()) {
			return;
		}
		Map<String, String> all = new LinkedHashMap<>(errors);
		apiNames(desk.check(copy, lead)).forEach(all::putIfAbsent);
		throw AdminProblems.invalid(all);
	}

	/** The desk's problems by the API's field names. */
	private static Map<String, String> apiNames(FormProblems problems) {
		Map<String, String> keys = new LinkedHashMap<>();
		problems.keys().forEach((field, key) -> keys.put(switch (field) {
			case "picture" -> "image.id";
			case "caption", "credit" -> "image." + field;
			case "focusX", "focusY" -> "image.focalPoint";
			default -> field;
		}, key));
		return keys;
	}

	/** The desk's problems, its field names as the API's; a refused move is a 409. */
	private static AdminProblem invalid(FormProblems problems) {
		Map<String, String> keys = apiNames(problems);
		String form = problems.key(FormProblems.FORM);
		if (keys.size() == 1 && form != null && WORKFLOW_REFUSALS.contains(form)) {
			return new AdminProblem(409, form);
		}
		String publishAt = problems.key("publishAt");
		if (keys.size() == 1 && publishAt != null && WORKFLOW_REFUSALS.contains(publishAt)) {
			return new AdminProblem(409, publishAt);
		}
		return AdminProblems.invalid(keys);
	}

	private ResponseEntity<ApiArticle> ok(long id) {
		ApiArticle article = shapes.find(id, true).orElseThrow(() -> missing(id));
		return ResponseEntity.ok()
			.eTag(String.valueOf(article.revision()))
			.cacheControl(CacheControl.noStore())
			.body(article);
	}

	private ReaderIdentity me() {
		// The access rules let only token holders this far.
		return current.get().orElseThrow();
	}

	static AdminProblem missing(long id) {
		return new AdminProblem(404, "api.admin.problem.article", id);
	}

	private static ArticleStatus status(String typed) {
		for (ArticleStatus s : ArticleStatus.values()) {
			if (ArticleShapes.status(s).equals(typed.strip())) {
				return s;
			}
		}
		throw new AdminProblem(400, "api.admin.problem.status", typed).with("parameter", "status");
	}

	private static int limit(@Nullable String typed) {
		if (typed == null || typed.isBlank()) {
			return DEFAULT_LIMIT;
		}
		if (typed.strip().matches("[0-9]{1,3}")) {
			int n = Integer.parseInt(typed.strip());
			if (n >= 1 && n <= MAX_LIMIT) {
				return n;
			}
		}
		throw new AdminProblem(400, "api.admin.problem.limit", MAX_LIMIT).with("parameter", "limit");
	}

	private static String encode(LedgerLine line) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((line.changedAt() + "|" + line.id()).getBytes(StandardCharsets.UTF_8));
	}

	private static String[] decode(String cursor) {
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8)
				.split("\\|");
			if (parts.length == 2 && parts[1].matches("[0-9]{1,18}")) {
				Instant.parse(parts[0]);
				return parts;
			}
		}
		catch (IllegalArgumentException | java.time.DateTimeException e) {
			// answered below
		}
		throw new AdminProblem(400, "api.admin.problem.cursor").with("parameter", "cursor");
	}

}
