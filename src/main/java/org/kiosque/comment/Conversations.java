package org.kiosque.comment;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kiosque.account.ReaderIdentity;
import org.kiosque.account.NewsroomAccess;
import org.kiosque.article.ArticleCatalog;
import org.kiosque.article.PublishedArticle;
import org.kiosque.site.FormProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What readers do with comments: post, edit or delete their own for a while, report. Also
 * decides whether an article's comments are open.
 */
@Service
class Conversations {

	private static final Logger log = LoggerFactory.getLogger(Conversations.class);

	private final CommentRepository repository;

	private final ArticleCatalog catalog;

	private final CommentSettings settings;

	private final List<CommentCheck> checks;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final NewsroomAccess access;

	private final CommentPolicy policy;

	Conversations(CommentRepository repository, ArticleCatalog catalog, CommentSettings settings,
			List<CommentCheck> checks, ApplicationEventPublisher events, Clock clock, NewsroomAccess access,
			CommentPolicy policy) {
		this.access = access;
		this.policy = policy;
		this.repository = repository;
		this.catalog = catalog;
		this.settings = settings;
		this.checks = checks.stream().sorted(Comparator.comparingInt(CommentCheck::order)).toList();
		this.events = events;
		this.clock = clock;
	}

	/** What came of a submission. */
	sealed interface Result {

	}

	/** Stored; {@code status} tells whether readers see it already. */
	record Stored(long id, CommentStatus status) implements Result {
	}

	/** Not stored; the form must be shown again with these errors. */
	record Refused(FormInput form) implements Result {
	}

	/** Dropped without a word (a robot): answered as if held. */
	record Discarded() implements Result {
	}

	boolean isOpen(PublishedArticle article) {
		return repository.editorClosed(article.id())
			.map(closed -> !closed)
			.orElseGet(() -> clock.instant().isBefore(article.publishedAt().plus(policy.closeAfter())));
	}

	/** Whether an editor decided, rather than the calendar. */
	Optional<Boolean> editorClosed(long articleId) {
		return repository.editorClosed(articleId);
	}

	@Transactional
	Result post(Submission raw, @Nullable ReaderIdentity reader) {
		Submission s = new Submission(raw.articleId(), raw.parentId(), raw.name().strip(), raw.email().strip(),
				raw.body().strip(), raw.address(), raw.stamp(), raw.trap(), reader == null ? null : reader.id(),
				raw.at());
		PublishedArticle article = catalog.byId(s.articleId()).orElse(null);
		if (article == null) {
			throw new IllegalArgumentException("No published article " + s.articleId());
		}
		if (!isOpen(article)) {
			return refused(s, FormProblems.of(FormProblems.FORM, "comment.error.closed"));
		}
		FormProblems problems = settings.rules().submission(s.name(), s.email(), s.body());
		if (!problems.isEmpty()) {
			return refused(s, problems);
		}
		Verdict verdict = Verdict.pass();
		for (CommentCheck check : checks) {
			verdict = check.check(s);
			if (!verdict.passed()) {
				break;
			}
		}
		switch (verdict.outcome()) {
			case REFUSE -> {
				log.info("Comment refused on article {}: {}", s.articleId(), verdict.reason());
				return refused(s, FormProblems.of(errorField(verdict.messageKey()), verdict.messageKey()));
			}
			case DISCARD -> {
				log.info("Comment discarded on article {}: {}", s.articleId(), verdict.reason());
				return new Discarded();
			}
			default -> {
			}
		}
		CommentStatus status = verdict.outcome() == Verdict.Outcome.SPAM ? CommentStatus.SPAM
				: admitted(s.email(), reader) ? CommentStatus.APPROVED : CommentStatus.PENDING;
		long id = repository.insert(s.articleId(), parentOf(s), s.readerId(), s.name(), s.email(), s.body(),
				Signatures.fingerprint(s.body()), status, s.address(), false, clock.instant());
		checks.forEach(check -> check.stored(s));
		if (status == CommentStatus.APPROVED) {
			events.publishEvent(new CommentApproved(id, s.articleId()));
		}
		return new Stored(id, status);
	}

	/**
	 * Post-moderation trusts readers with an approved comment; moderators (whoever may
	 * open the moderation queue) are always trusted.
	 */
	boolean admitted(String email, @Nullable ReaderIdentity reader) {
		if (reader != null && access.mayOpen(reader.role(), ModerationQueue.PATH)) {
			return true;
		}
		return policy.postModeration() && repository.hasApproved(email);
	}

	/** The comment, if {@code reader} wrote it and may still change it. */
	Optional<Comment> ownEditable(long id, @Nullable ReaderIdentity reader) {
		if (reader == null) {
			return Optional.empty();
		}
		return repository.find(id)
			.filter(c -> c.readerId() != null && c.readerId() == reader.id())
			.filter(c -> c.status() == CommentStatus.PENDING || c.status() == CommentStatus.APPROVED)
			.filter(this::withinEditWindow);
	}

	boolean withinEditWindow(Comment c) {
		return clock.instant().isBefore(c.createdAt().plus(settings.editWindow()));
	}

	/**
	 * Edits a reader's own comment.
	 * @return field to message key of the problems, empty when done
	 */
	@Transactional
	Map<String, String> editOwn(long id, @Nullable ReaderIdentity reader, String body) {
		Comment comment = ownEditable(id, reader).orElseThrow(() -> new NotAllowed("not editable"));
		String text = body.strip();
		FormProblems problems = settings.rules().readerEdit(text);
		if (problems.isEmpty()) {
			repository.editBody(id, text, Signatures.fingerprint(text), clock.instant());
			events.publishEvent(new CommentsChanged(comment.articleId()));
		}
		return problems.keys();
	}

	@Transactional
	Comment deleteOwn(long id, @Nullable ReaderIdentity reader) {
		Comment comment = ownEditable(id, reader).orElseThrow(() -> new NotAllowed("not deletable"));
		repository.setStatus(id, CommentStatus.DELETED, clock.instant());
		events.publishEvent(new CommentsChanged(comment.articleId()));
		return comment;
	}

	/**
	 * A reader reports an approved comment. Reports are counted once per reporter; at the
	 * threshold the comment goes back to moderation.
	 */
	@Transactional
	Optional<Comment> report(long id, String reporter) {
		Optional<Comment> found = repository.find(id).filter(c -> c.status() == CommentStatus.APPROVED);
		found.ifPresent(c -> {
			if (repository.report(id, reporter, clock.instant()) && c.reportCount() + 1 >= settings.reportThreshold()
					&& !c.fromNewsroom()) {
				repository.setStatus(id, CommentStatus.PENDING, clock.instant());
				events.publishEvent(new CommentsChanged(c.articleId()));
				log.info("Comment {} reported {} times: back to moderation", id, c.reportCount() + 1);
			}
		});
		return found;
	}

	Optional<Comment> find(long id) {
		return repository.find(id);
	}

	List<Comment> approved(long articleId) {
		return repository.approved(articleId);
	}

	List<Comment> byIds(List<Long> ids) {
		return repository.byIds(ids);
	}

	private @Nullable Long parentOf(Submission s) {
		if (s.parentId() == null) {
			return null;
		}
		// Replies stay one level deep: a reply to a reply joins its parent's replies.
		return repository.find(s.parentId())
			.filter(p -> p.articleId() == s.articleId() && p.status() == CommentStatus.APPROVED)
			.map(p -> p.parentId() != null ? p.parentId() : p.id())
			.orElse(null);
	}

	private static String errorField(@Nullable String messageKey) {
		return "comment.error.links".equals(messageKey) || "comment.error.identical".equals(messageKey) ? "body"
				: "form";
	}

	private static Refused refused(Submission s, FormProblems problems) {
		return new Refused(new FormInput(s.articleId(), s.name(), s.email(), s.body(), s.parentId(), problems));
	}

	/** The reader may not do this (not their comment, or too late). */
	static final class NotAllowed extends RuntimeException {

		NotAllowed(String message) {
			super(message);
		}

	}

	Instant now() {
		return clock.instant();
	}

}
