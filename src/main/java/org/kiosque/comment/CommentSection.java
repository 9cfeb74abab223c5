package org.kiosque.comment;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import gg.jte.Content;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.kiosque.account.CurrentReader;
import org.kiosque.account.ReaderIdentity;
import org.kiosque.article.ArticleCatalog;
import org.kiosque.article.PublishedArticle;
import org.kiosque.site.Labels;
import org.kiosque.site.NewspaperDates;
import org.kiosque.site.FormProblems;
import org.kiosque.web.PageContext;
import org.kiosque.web.PageSlot;
import org.kiosque.web.Slot;
import org.kiosque.web.Templates;
import org.springframework.stereotype.Component;

/**
 * The conversation under an article: the count, the approved comments oldest first with
 * their replies, the reader's own held comments, and the form {@code Nouveau commentaire}
 * (or the notice that comments are closed).
 */
@Component
class CommentSection implements PageSlot {

	/**
	 * Request attribute: a {@link FormInput} refused by {@link CommentForms}, to show
	 * again.
	 */
	static final String REFUSED_FORM = CommentSection.class.getName() + ".refused";

	/** Cookie: the reader's own comments awaiting moderation, signed. */
	static final String HELD_COOKIE = "kiosque_comments_held";

	/**
	 * What {@code ?commentaire=} says on the page a comment form's redirect lands on.
	 */
	static final Set<String> NOTICES = Set.of("published", "held", "reported", "deleted", "edited");

	private final Templates templates;

	private final Labels labels;

	private final ArticleCatalog catalog;

	private final Conversations conversations;

	private final CurrentReader currentReader;

	private final Signatures signatures;

	private final NewspaperDates dates;

	CommentSection(Templates templates, Labels labels, ArticleCatalog catalog, Conversations conversations,
			CurrentReader currentReader, Signatures signatures, NewspaperDates dates) {
		this.templates = templates;
		this.labels = labels;
		this.catalog = catalog;
		this.conversations = conversations;
		this.currentReader = currentReader;
		this.signatures = signatures;
		this.dates = dates;
	}

	@Override
	public Slot slot() {
		return Slot.ARTICLE_COMMENTS;
	}

	/**
	 * The page a comment form's redirect lands on ({@code ?commentaire=held}...) is the
	 * answer to that form, not a new read of the article.
	 */
	@Override
	public boolean answers(HttpServletRequest request) {
		String notice = request.getParameter("commentaire");
		return notice != null && NOTICES.contains(notice);
	}

	@Override
	public Content render(PageContext context) {
		if (context.articleId() == null) {
			return Templates.EMPTY;
		}
		Optional<PublishedArticle> article = catalog.byId(context.articleId());
		if (article.isEmpty()) {
			return Templates.EMPTY;
		}
		return templates.content("comment/section.jte", Map.of("thread", thread(article.get(), context)));
	}

	ThreadView thread(PublishedArticle article, PageContext context) {
		HttpServletRequest request = context.request();
		Optional<ReaderIdentity> reader = currentReader.get();
		List<Comment> approved = conversations.approved(article.id());
		List<Comment> held = held(request, article.id());
		List<CommentView> views = tree(approved, held, reader.orElse(null));

		FormInput refused = request.getAttribute(REFUSED_FORM) instanceof FormInput f && f.articleId() == article.id()
				? f : null;
		Long parentId = refused != null ? refused.parentId() : number(request.getParameter("reponse"));
		CommentView replyTo = parentId == null ? null
				: views.stream().filter(v -> v.id() == parentId && !v.pending()).findFirst().orElse(null);
		ThreadView.Form form;
		if (refused != null) {
			form = new ThreadView.Form(refused.name(), refused.email(), refused.body(),
					replyTo == null ? null : replyTo.id(), signatures.stamp(conversations.now()), reader.isPresent());
		}
		else {
			form = new ThreadView.Form(reader.map(ReaderIdentity::displayName).orElse(""),
					reader.map(ReaderIdentity::email).orElse(""), "", replyTo == null ? null : replyTo.id(),
					signatures.stamp(conversations.now()), reader.isPresent());
		}
		FormProblems.Shown problems = refused == null ? FormProblems.Shown.none()
				: refused.problems().shown(labels::get);
		String notice = request.getParameter("commentaire");
		return new ThreadView(labels, article.id(), article.path(), count(approved.size()), views,
				conversations.isOpen(article),
				notice != null && NOTICES.contains(notice) ? labels.get("comment.notice." + notice) : null, form,
				replyTo, problems, context.csrf());
	}

	String count(long n) {
		return labels.count("comment.count", n);
	}

	private List<CommentView> tree(List<Comment> approved, List<Comment> held, @Nullable ReaderIdentity reader) {
		List<Comment> all = new ArrayList<>(approved);
		all.addAll(held);
		all.sort((a, b) -> a.createdAt().compareTo(b.createdAt()) != 0 ? a.createdAt().compareTo(b.createdAt())
				: Long.compare(a.id(), b.id()));
		Map<Long, List<CommentView>> replies = new LinkedHashMap<>();
		List<Comment> roots = new ArrayList<>();
		Set<Long> visibleIds = new java.util.HashSet<>();
		all.forEach(c -> visibleIds.add(c.id()));
		for (Comment c : all) {
			if (c.parentId() != null && visibleIds.contains(c.parentId())) {
				replies.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(view(c, reader, List.of()));
			}
			else if (c.parentId() == null) {
				roots.add(c);
			}
			// A reply whose parent is no longer public leaves with it.
		}
		return roots.stream().map(c -> view(c, reader, replies.getOrDefault(c.id(), List.of()))).toList();
	}

	private CommentView view(Comment c, @Nullable ReaderIdentity reader, List<CommentView> replies) {
		boolean mine = reader != null && c.readerId() != null && c.readerId() == reader.id();
		String author = c.authorName().isBlank() ? labels.get("comment.anonymous") : c.authorName();
		// Whole seconds: HTML's datetime allows at most three decimals, the database
		// keeps six.
		Instant at = c.createdAt().truncatedTo(ChronoUnit.SECONDS);
		return new CommentView(c.id(), author, c.fromNewsroom(), dates.dayAndTime(at), dates.iso(at),
				CommentText.html(c.body()), c.status() != CommentStatus.APPROVED,
				mine && conversations.withinEditWindow(c), replies);
	}

	/**
	 * The reader's own comments on this article still awaiting moderation (from the
	 * signed cookie).
	 */
	private List<Comment> held(HttpServletRequest request, long articleId) {
		List<Long> ids = heldIds(request);
		if (ids.isEmpty()) {
			return List.of();
		}
		// Spam is shown to its author as held too: the robot, or the person, learns
		// nothing.
		return conversations.byIds(ids)
			.stream()
			.filter(c -> c.articleId() == articleId)
			.filter(c -> c.status() == CommentStatus.PENDING || c.status() == CommentStatus.SPAM)
			.toList();
	}

	List<Long> heldIds(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return List.of();
		}
		for (Cookie cookie : cookies) {
			if (HELD_COOKIE.equals(cookie.getName())) {
				return signatures.open("held", cookie.getValue())
					.map(value -> Arrays.stream(value.split("-"))
						.map(CommentSection::number)
						.filter(java.util.Objects::nonNull)
						.map(Long.class::cast)
						.toList())
					.orElse(List.of());
			}
		}
		return List.of();
	}

	static @Nullable Long number(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Long.parseLong(text.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

}
