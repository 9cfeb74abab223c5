package org.kiosque.api;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kiosque.account.CurrentReader;
import org.kiosque.account.ReaderIdentity;
import org.kiosque.article.ArticleLedger;
import org.kiosque.article.DeskArticle;
import org.kiosque.desk.Copy;
import org.kiosque.desk.Desk;
import org.kiosque.desk.DeskPolicy;
import org.kiosque.desk.Revision;
import org.kiosque.desk.RevisionRepository;
import org.kiosque.site.NewspaperDates;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/admin/articles/{id}/revisions}: an article's revisions newest first, one
 * with its whole text, and restore ({@code POST …/revisions/{n}/restore}, with
 * {@code If-Match} naming the current revision), which makes a new revision of the old
 * text through {@link Desk#restore}: history is never rewritten.
 */
@RestController
@RequestMapping(path = ArticleApi.PATH + "/{id}/revisions", produces = MediaType.APPLICATION_JSON_VALUE)
class RevisionApi {

	/** The most revisions one answer lists. */
	static final int MAX = 500;

	private final Desk desk;

	private final RevisionRepository revisions;

	private final ArticleLedger ledger;

	private final DeskPolicy policy;

	private final CurrentReader current;

	private final ArticleShapes shapes;

	private final NewspaperDates dates;

	RevisionApi(Desk desk, RevisionRepository revisions, ArticleLedger ledger, DeskPolicy policy, CurrentReader current,
			ArticleShapes shapes, NewspaperDates dates) {
		this.desk = desk;
		this.revisions = revisions;
		this.ledger = ledger;
		this.policy = policy;
		this.current = current;
		this.shapes = shapes;
		this.dates = dates;
	}

	/**
	 * One revision.
	 *
	 * @param action {@code save}, {@code submit}, {@code publish}, {@code schedule},
	 * {@code unpublish}, {@code return}, {@code restore} or {@code release}
	 * @param accountId who acted, {@code null} for no one (an import)
	 * @param changed the fields it changed
	 * @param text the whole text, in the single revision's answer only
	 */
	record ApiRevision(int number, String action, @Nullable Long accountId, String madeAt, String status,
			List<String> changed, @Nullable String note,
			@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) @Nullable Text text) {
	}

	/** A revision's text, with the article's field names. */
	record Text(String headline, String standfirst, String body, String section, List<String> tags, String byline,
			String source, String slug, String description) {
	}

	@GetMapping
	ResponseEntity<List<ApiRevision>> list(@PathVariable long id) {
		opened(id);
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(revisions.lines(id, 0, MAX).stream().map(r -> shape(r, false)).toList());
	}

	@GetMapping("/{number}")
	ResponseEntity<ApiRevision> one(@PathVariable long id, @PathVariable int number) {
		opened(id);
		Revision revision = revisions.find(id, number)
			.orElseThrow(() -> new AdminProblem(404, "api.admin.problem.revision", number, id));
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(shape(revision, true));
	}

	@PostMapping("/{number}/restore")
	ResponseEntity<ApiArticle> restore(@PathVariable long id, @PathVariable int number,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		opened(id);
		int base = Preconditions.revision(ifMatch);
		int latest = revisions.latestNumber(id);
		if (base != Preconditions.ANY && base != latest) {
			throw Preconditions.movedOn(latest);
		}
		return switch (desk.restore(me(), id, number)) {
			case Desk.Outcome.Done done -> {
				ApiArticle article = shapes.find(id, true).orElseThrow();
				yield ResponseEntity.ok()
					.eTag(String.valueOf(article.revision()))
					.cacheControl(CacheControl.noStore())
					.body(article);
			}
			case Desk.Outcome.Refused refused -> throw new AdminProblem(403, refused.messageKey());
			case Desk.Outcome.Missing missing -> throw new AdminProblem(404, "api.admin.problem.revision", number, id);
			case Desk.Outcome.Invalid invalid -> throw new AdminProblem(422, "api.admin.problem.invalid");
			case Desk.Outcome.Conflicted conflict -> throw Preconditions.movedOn(conflict.theirs().number());
		};
	}

	private ApiRevision shape(Revision r, boolean withText) {
		Copy c = r.copy();
		Text text = withText ? new Text(c.headline(), c.standfirst(), c.body(), c.section(), tags(c.tags()), c.byline(),
				c.source(), c.slug(), c.description()) : null;
		Instant made = r.madeAt();
		return new ApiRevision(r.number(), r.action().value(), r.accountId(), dates.iso(made),
				ArticleShapes.status(r.status()), r.changed(), r.note(), text);
	}

	private static List<String> tags(String typed) {
		return Arrays.stream(typed.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
	}

	private DeskArticle opened(long id) {
		DeskArticle article = ledger.find(id).orElseThrow(() -> ArticleApi.missing(id));
		if (!policy.mayOpen(me(), article)) {
			throw new AdminProblem(403, "desk.refused.others");
		}
		return article;
	}

	private ReaderIdentity me() {
		return current.get().orElseThrow();
	}

}
