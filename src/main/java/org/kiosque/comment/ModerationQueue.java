package org.kiosque.comment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.kiosque.account.CurrentReader;
import org.kiosque.article.ArticleCatalog;
import org.kiosque.article.PublishedArticle;
import org.kiosque.site.Labels;
import org.kiosque.site.NewspaperDates;
import org.kiosque.web.PageLayout;
import org.kiosque.web.PageMeta;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The newsroom's moderation queue ({@code /newsroom/comments}), for editors and admins
 * (by the access rules, {@code org.kiosque.account.AccessRules}): filters, actions on one
 * comment or many, edit, reply as the newsroom, bans, blocked words, and opening or
 * closing an article's comments.
 */
@Controller
class ModerationQueue {

	/** The queue; whoever may open it moderates. */
	static final String PATH = "/newsroom/comments";

	static final List<String> FILTERS = List.of("pending", "approved", "reported", "spam", "rejected", "all");

	private static final Set<String> NOTICES = Set.of("done", "none", "saved", "replied", "banned", "closed", "opened");

	private final Moderation moderation;

	private final Conversations conversations;

	private final ArticleCatalog catalog;

	private final CurrentReader currentReader;

	private final PageLayout layout;

	private final Labels labels;

	private final NewspaperDates dates;

	ModerationQueue(Moderation moderation, Conversations conversations, ArticleCatalog catalog,
			CurrentReader currentReader, PageLayout layout, Labels labels, NewspaperDates dates) {
		this.moderation = moderation;
		this.conversations = conversations;
		this.catalog = catalog;
		this.currentReader = currentReader;
		this.layout = layout;
		this.labels = labels;
		this.dates = dates;
	}

	@GetMapping("/newsroom/comments")
	String queue(@RequestParam(defaultValue = "pending") String filter,
			@RequestParam(required = false) @Nullable Long article,
			@RequestParam(required = false) @Nullable String done, HttpServletRequest request, Model model) {
		String f = FILTERS.contains(filter) ? filter : "pending";
		Map<Long, Optional<PublishedArticle>> articles = new HashMap<>();
		List<QueueView.Item> items = moderation.queue(f, article).stream().map(c -> {
			Optional<PublishedArticle> a = articles.computeIfAbsent(c.articleId(), catalog::byId);
			return new QueueView.Item(c.id(), c.articleId(),
					a.map(PublishedArticle::headline)
						.orElse(labels.get("comment.queue.article-unpublished", c.articleId())),
					a.map(PublishedArticle::path).orElse(null),
					c.authorName().isBlank() ? labels.get("comment.anonymous") : c.authorName(), c.authorEmail(),
					c.ip(), dates.dayAndTime(c.createdAt()), CommentText.html(c.body()), c.body(),
					labels.get("comment.status." + c.status().key()), c.reportCount(), c.parentId() != null,
					c.fromNewsroom());
		}).toList();
		QueueView.ArticleThread thread = article == null ? null : thread(article);
		String title = labels.get("comment.queue.title");
		model.addAttribute("frame", layout.frame(request, PageMeta.of(title, null, null)));
		model.addAttribute("view", new QueueView(labels, f, FILTERS, items, notice(done), thread));
		return "comment/queue";
	}

	/**
	 * Every action of the queue page: {@code single=approve:42} for one comment's button,
	 * or {@code action} with the ticked {@code ids} for a bulk action.
	 */
	@PostMapping("/newsroom/comments")
	String act(@RequestParam(required = false) @Nullable String single, @RequestParam(defaultValue = "") String action,
			@RequestParam(required = false) @Nullable List<Long> ids,
			@RequestParam(defaultValue = "pending") String filter,
			@RequestParam(required = false) @Nullable Long article) {
		int changed = 0;
		if (single != null && single.contains(":")) {
			String[] parts = single.split(":", 2);
			Long id = CommentSection.number(parts[1]);
			Moderation.Action a = Moderation.Action.parse(parts[0]).orElseThrow(ModerationQueue::badRequest);
			if (id != null) {
				changed = moderation.apply(a, List.of(id));
			}
		}
		else if (ids != null && !ids.isEmpty()) {
			changed = moderation.apply(Moderation.Action.parse(action).orElseThrow(ModerationQueue::badRequest), ids);
		}
		// "Done" only when something was: nothing ticked, or comments deleted meanwhile,
		// say so instead.
		String f = FILTERS.contains(filter) ? filter : "pending";
		return "redirect:/newsroom/comments?filter=" + f + (article == null ? "" : "&article=" + article) + "&done="
				+ (changed > 0 ? "done" : "none");
	}

	@PostMapping("/newsroom/comments/{id}/edit")
	String edit(@PathVariable long id, @RequestParam(defaultValue = "") String body,
			@RequestParam(defaultValue = "pending") String filter) {
		Comment c = moderation.find(id).orElseThrow(ModerationQueue::notFound);
		try {
			moderation.edit(id, body);
		}
		catch (IllegalArgumentException e) {
			throw badRequest();
		}
		return back(filter, c.articleId(), "saved");
	}

	@PostMapping("/newsroom/comments/{id}/reply")
	String reply(@PathVariable long id, @RequestParam(defaultValue = "") String body,
			@RequestParam(defaultValue = "pending") String filter) {
		Comment c = moderation.find(id).orElseThrow(ModerationQueue::notFound);
		try {
			moderation.reply(id, body, currentReader.get().orElse(null));
		}
		catch (IllegalArgumentException e) {
			throw badRequest();
		}
		return back(filter, c.articleId(), "replied");
	}

	/**
	 * Bans the e-mail or the address of a comment's author ({@code kind} EMAIL or IP) and
	 * marks it as spam.
	 */
	@PostMapping("/newsroom/comments/{id}/ban")
	String ban(@PathVariable long id, @RequestParam String kind,
			@RequestParam(defaultValue = "pending") String filter) {
		Comment c = moderation.find(id).orElseThrow(ModerationQueue::notFound);
		if (!kind.equals("EMAIL") && !kind.equals("IP")) {
			throw badRequest();
		}
		moderation.ban(kind, kind.equals("EMAIL") ? c.authorEmail() : c.ip());
		moderation.apply(Moderation.Action.SPAM, List.of(id));
		return back(filter, null, "banned");
	}

	@PostMapping("/newsroom/comments/threads/{articleId}")
	String close(@PathVariable long articleId, @RequestParam boolean closed) {
		moderation.close(articleId, closed);
		return "redirect:/newsroom/comments?filter=all&article=" + articleId + "&done="
				+ (closed ? "closed" : "opened");
	}

	@GetMapping("/newsroom/comments/rules")
	String rules(@RequestParam(required = false) @Nullable String done, HttpServletRequest request, Model model) {
		String title = labels.get("comment.rules.title");
		model.addAttribute("frame", layout.frame(request, PageMeta.of(title, null, null)));
		model.addAttribute("view",
				new RulesView(labels, String.join("\n", moderation.blockedWords()),
						moderation.bans()
							.stream()
							.map(b -> new RulesView.Ban(b.kind(), b.value(), dates.day(b.since())))
							.toList(),
						notice(done)));
		return "comment/rules";
	}

	@PostMapping("/newsroom/comments/rules/words")
	String words(@RequestParam(defaultValue = "") String words) {
		moderation.blockedWords(words);
		return "redirect:/newsroom/comments/rules?done=saved";
	}

	@PostMapping("/newsroom/comments/rules/bans")
	String addBan(@RequestParam String kind, @RequestParam(defaultValue = "") String value) {
		if (!kind.equals("EMAIL") && !kind.equals("IP")) {
			throw badRequest();
		}
		moderation.ban(kind, value);
		return "redirect:/newsroom/comments/rules?done=banned";
	}

	@PostMapping("/newsroom/comments/rules/bans/remove")
	String removeBan(@RequestParam String kind, @RequestParam String value) {
		moderation.unban(kind, value);
		return "redirect:/newsroom/comments/rules?done=saved";
	}

	private QueueView.ArticleThread thread(long articleId) {
		Optional<PublishedArticle> a = catalog.byId(articleId);
		Optional<Boolean> choice = conversations.editorClosed(articleId);
		boolean open = a.map(conversations::isOpen).orElse(choice.map(closed -> !closed).orElse(false));
		return new QueueView.ArticleThread(articleId,
				a.map(PublishedArticle::headline).orElse(labels.get("comment.queue.article-unpublished", articleId)),
				a.map(PublishedArticle::path).orElse(null), open, choice.isPresent());
	}

	private @Nullable String notice(@Nullable String done) {
		return done != null && NOTICES.contains(done) ? labels.get("comment.queue.notice." + done) : null;
	}

	private static String back(String filter, @Nullable Long articleId, String done) {
		String f = FILTERS.contains(filter) ? filter : "pending";
		return "redirect:/newsroom/comments?filter=" + f + (articleId == null ? "" : "&article=" + articleId) + "&done="
				+ done;
	}

	private static ResponseStatusException badRequest() {
		return new ResponseStatusException(HttpStatus.BAD_REQUEST);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
