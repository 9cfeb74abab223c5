package org.kiosque.comment;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.FormProblems;
import org.kiosque.account.ReaderIdentity;
import org.kiosque.site.Labels;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the newsroom does with comments: approve, reject, mark as spam, edit, reply, ban,
 * close.
 */
@Service
class Moderation {

	/** An action of the moderation queue, on one comment or many. */
	enum Action {

		APPROVE, REJECT, SPAM;

		static Optional<Action> parse(String name) {
			try {
				return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException e) {
				return Optional.empty();
			}
		}

	}

	static final int QUEUE_SIZE = 200;

	private final CommentRepository repository;

	private final CommentSettings settings;

	private final Labels labels;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Moderation(CommentRepository repository, CommentSettings settings, Labels labels, ApplicationEventPublisher events,
			Clock clock) {
		this.repository = repository;
		this.settings = settings;
		this.labels = labels;
		this.events = events;
		this.clock = clock;
	}

	/** The queue: {@code filter} is a status name or {@code reported}. */
	List<Comment> queue(String filter, @Nullable Long articleId) {
		if ("reported".equals(filter)) {
			return repository.queue(null, true, articleId, QUEUE_SIZE);
		}
		if ("all".equals(filter)) {
			return repository.queue(null, false, articleId, QUEUE_SIZE);
		}
		return repository.queue(CommentStatus.parse(filter).orElse(CommentStatus.PENDING), false, articleId,
				QUEUE_SIZE);
	}

	/** Applies {@code action} to each comment; returns how many changed. */
	@Transactional
	int apply(Action action, Collection<Long> ids) {
		int changed = 0;
		for (long id : new LinkedHashSet<>(ids)) {
			Optional<Comment> found = repository.find(id);
			if (found.isEmpty() || found.get().status() == CommentStatus.DELETED) {
				continue;
			}
			Comment c = found.get();
			CommentStatus to = switch (action) {
				case APPROVE -> CommentStatus.APPROVED;
				case REJECT -> CommentStatus.REJECTED;
				case SPAM -> CommentStatus.SPAM;
			};
			if (repository.setStatus(id, to, clock.instant())) {
				changed++;
				events.publishEvent(to == CommentStatus.APPROVED ? new CommentApproved(id, c.articleId())
						: new CommentsChanged(c.articleId()));
			}
			if (to == CommentStatus.APPROVED) {
				// Approved after reports: the editor has read it; only new reports count
				// from now.
				repository.clearReportCount(id);
			}
		}
		return changed;
	}

	@Transactional
	void edit(long id, String body) {
		String text = body.strip();
		FormProblems problems = settings.rules().text(text);
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(problems.key("body"));
		}
		repository.editBody(id, text, Signatures.fingerprint(text), clock.instant());
		repository.find(id).ifPresent(c -> events.publishEvent(new CommentsChanged(c.articleId())));
	}

	/**
	 * A reply signed by the newsroom, published at once, one level deep like any reply.
	 */
	@Transactional
	long reply(long toId, String body, @Nullable ReaderIdentity editor) {
		Comment to = repository.find(toId).orElseThrow(() -> new IllegalArgumentException("No comment " + toId));
		String text = body.strip();
		FormProblems problems = settings.rules().text(text);
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(problems.key("body"));
		}
		long parent = to.parentId() != null ? to.parentId() : to.id();
		long id = repository.insert(to.articleId(), parent, editor == null ? null : editor.id(),
				labels.get("comment.newsroom.author"), editor == null ? "" : editor.email(), text,
				Signatures.fingerprint(text), CommentStatus.APPROVED, "", true, clock.instant());
		events.publishEvent(new CommentApproved(id, to.articleId()));
		return id;
	}

	@Transactional
	void ban(String kind, String value) {
		String v = kind.equals("EMAIL") ? value.strip().toLowerCase(Locale.ROOT) : value.strip();
		if (!v.isEmpty()) {
			repository.ban(kind, v, clock.instant());
		}
	}

	@Transactional
	void unban(String kind, String value) {
		repository.unban(kind, value);
	}

	List<CommentRepository.Ban> bans() {
		return repository.bans();
	}

	List<String> blockedWords() {
		return repository.blockedWords();
	}

	/** Replaces the blocked words list with the lines of {@code text}. */
	@Transactional
	void blockedWords(String text) {
		Set<String> words = new LinkedHashSet<>();
		for (String line : text.split("\\R")) {
			String w = line.strip().toLowerCase(Locale.ROOT);
			if (!w.isEmpty() && w.length() <= 100) {
				words.add(w);
			}
		}
		repository.replaceBlockedWords(words);
	}

	@Transactional
	void close(long articleId, boolean closed) {
		repository.setClosed(articleId, closed);
		events.publishEvent(new CommentsChanged(articleId));
	}

	Optional<Comment> find(long id) {
		return repository.find(id);
	}

}
