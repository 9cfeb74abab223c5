package org.kiosque.comment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.kiosque.account.CurrentReader;
import org.kiosque.account.ReaderIdentity;
import org.kiosque.article.ArticleCatalog;
import org.kiosque.article.ArticlePageAgain;
import org.kiosque.article.PublishedArticle;
import org.kiosque.site.Labels;
import org.kiosque.web.PageLayout;
import org.kiosque.web.PageMeta;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The reader's side of comments over HTTP: post (Post/Redirect/Get; a refused form comes
 * back on the article page with status 422 and everything typed), edit or delete one's
 * own, report. Neither the refused form nor the page each redirect lands on
 * ({@code ?commentaire=…}, see {@link CommentSection#answers}) counts as a read of the
 * article: only a reader opening it does.
 */
@Controller
class CommentForms {

	static final int UNPROCESSABLE = 422;

	private static final int HELD_KEPT = 10;

	private final Conversations conversations;

	private final ArticleCatalog catalog;

	private final CurrentReader currentReader;

	private final Signatures signatures;

	private final CommentSection section;

	private final PageLayout layout;

	private final Labels labels;

	private final ArticlePageAgain articlePage;

	CommentForms(Conversations conversations, ArticleCatalog catalog, CurrentReader currentReader,
			Signatures signatures, CommentSection section, PageLayout layout, Labels labels,
			ArticlePageAgain articlePage) {
		this.articlePage = articlePage;
		this.conversations = conversations;
		this.catalog = catalog;
		this.currentReader = currentReader;
		this.signatures = signatures;
		this.section = section;
		this.layout = layout;
		this.labels = labels;
	}

	@PostMapping("/comments/{articleId}")
	@Nullable String post(@PathVariable long articleId, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String body,
			@RequestParam(required = false) @Nullable String parentId, @RequestParam(defaultValue = "") String stamp,
			@RequestParam(defaultValue = "") String website, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		PublishedArticle article = catalog.byId(articleId).orElseThrow(CommentForms::notFound);
		ReaderIdentity reader = currentReader.get().orElse(null);
		Submission submission = new Submission(articleId, CommentSection.number(parentId), name, email, body,
				request.getRemoteAddr(), stamp, website, null, conversations.now());
		switch (conversations.post(submission, reader)) {
			case Conversations.Refused refused -> {
				// The article page again, made here: forwarded to the article's address
				// as a GET, it was counted as a read.
				response.setStatus(UNPROCESSABLE);
				request.setAttribute(CommentSection.REFUSED_FORM, refused.form());
				return articlePage.show(article, request, model);
			}
			case Conversations.Stored stored when stored.status() == CommentStatus.APPROVED ->
				seeOther(response, article.path() + "?commentaire=published#commentaire-" + stored.id());
			case Conversations.Stored stored -> {
				remember(stored.id(), request, response);
				seeOther(response, article.path() + "?commentaire=held#commentaire-" + stored.id());
			}
			case Conversations.Discarded discarded ->
				seeOther(response, article.path() + "?commentaire=held#commentaires");
		}
		return null;
	}

	@GetMapping("/comments/{id}/edit")
	String editPage(@PathVariable long id, HttpServletRequest request, Model model) {
		Comment comment = conversations.ownEditable(id, currentReader.get().orElse(null))
			.orElseThrow(CommentForms::forbidden);
		return editPage(comment, comment.body(), null, request, model);
	}

	@PostMapping("/comments/{id}/edit")
	String edit(@PathVariable long id, @RequestParam(defaultValue = "") String body, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		ReaderIdentity reader = currentReader.get().orElse(null);
		Comment comment = conversations.ownEditable(id, reader).orElseThrow(CommentForms::forbidden);
		Map<String, String> problems = conversations.editOwn(id, reader, body);
		if (!problems.isEmpty()) {
			response.setStatus(UNPROCESSABLE);
			return editPage(comment, body, labels.get(problems.values().iterator().next()), request, model);
		}
		String path = articlePath(comment.articleId());
		response.setStatus(HttpStatus.SEE_OTHER.value());
		response.setHeader("Location", path + "?commentaire=edited#commentaire-" + id);
		return null;
	}

	@PostMapping("/comments/{id}/delete")
	void delete(@PathVariable long id, HttpServletResponse response) {
		Comment comment;
		try {
			comment = conversations.deleteOwn(id, currentReader.get().orElse(null));
		}
		catch (Conversations.NotAllowed e) {
			throw forbidden();
		}
		seeOther(response, articlePath(comment.articleId()) + "?commentaire=deleted#commentaires");
	}

	@PostMapping("/comments/{id}/report")
	void report(@PathVariable long id, HttpServletRequest request, HttpServletResponse response) {
		String reporter = currentReader.get()
			.map(r -> "reader:" + r.id())
			.orElseGet(() -> "address:" + signatures.pseudonym(request.getRemoteAddr()));
		Comment comment = conversations.report(id, reporter).orElseThrow(CommentForms::notFound);
		seeOther(response, articlePath(comment.articleId()) + "?commentaire=reported#commentaire-" + id);
	}

	private String editPage(Comment comment, String body, @Nullable String error, HttpServletRequest request,
			Model model) {
		String title = labels.get("comment.edit.title");
		model.addAttribute("frame", layout.frame(request, PageMeta.of(title, null, null)));
		model.addAttribute("view", new EditView(labels, comment.id(), body, error, articlePath(comment.articleId())));
		return "comment/edit";
	}

	/**
	 * Adds the comment to the signed cookie that shows a reader their own held comments.
	 */
	private void remember(long id, HttpServletRequest request, HttpServletResponse response) {
		List<Long> ids = new ArrayList<>(section.heldIds(request));
		ids.add(id);
		if (ids.size() > HELD_KEPT) {
			ids = ids.subList(ids.size() - HELD_KEPT, ids.size());
		}
		String value = signatures.seal("held", ids.stream().map(String::valueOf).collect(Collectors.joining("-")));
		ResponseCookie cookie = ResponseCookie.from(CommentSection.HELD_COOKIE, value)
			.path("/")
			.httpOnly(true)
			.sameSite("Lax")
			.secure(request.isSecure())
			.maxAge(java.time.Duration.ofDays(2))
			.build();
		response.addHeader("Set-Cookie", cookie.toString());
	}

	private String articlePath(long articleId) {
		return catalog.byId(articleId).map(PublishedArticle::path).orElse("/");
	}

	private static void seeOther(HttpServletResponse response, String location) {
		response.setStatus(HttpStatus.SEE_OTHER.value());
		response.setHeader("Location", location);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	private static ResponseStatusException forbidden() {
		return new ResponseStatusException(HttpStatus.FORBIDDEN);
	}

}
