package org.kiosque.desk;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.kiosque.account.CurrentReader;
import org.kiosque.account.ReaderIdentity;
import org.kiosque.article.ArticleLedger;
import org.kiosque.article.DeskArticle;
import org.kiosque.media.PictureRefused;
import org.kiosque.site.FormProblems;
import org.kiosque.site.Labels;
import org.kiosque.web.ErrorExplanation;
import org.kiosque.web.PageLayout;
import org.kiosque.web.PageMeta;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The editor, {@code /newsroom/articles/new} and {@code /newsroom/articles/{id}}: a plain
 * form that works without JavaScript. Its fields are a contract (tests and tools post
 * them): {@code headline}, {@code standfirst}, {@code body}, {@code section},
 * {@code tags}, {@code byline}, {@code source}, {@code slug}, {@code description},
 * {@code publishAt}, {@code note}, on a published article {@code correction} and
 * {@code minor}, the hidden {@code baseRevision}, and the button {@code action}
 * ({@code save}, {@code submit}, {@code publish}, {@code schedule}, {@code unpublish},
 * {@code return}). Its lead picture part ({@link LeadPicture}: {@code picture},
 * {@code caption}, {@code credit}, {@code focusX}, {@code focusY}, and the file
 * {@code pictureFile}) is optional: a form without {@code picture} leaves the picture as
 * it is. The browser posts {@code multipart/form-data}; URL-encoded forms work the same,
 * without a file.
 * <p>
 * Answers: after an action, a redirect to the editor (so reloading posts nothing twice);
 * 422 with the form and its problems; 409 with the person's text kept when someone saved
 * a newer revision meanwhile; 403 with the reason for what the person's role may not do;
 * 404 for no such article.
 */
@Controller
class ArticleEditor {

	static final String PATH = "/newsroom/articles";

	static final String NEW = PATH + "/new";

	/** Unprocessable content: the form is shown again with its problems. */
	static final int UNPROCESSABLE = 422;

	private final Desk desk;

	private final EditorViews views;

	private final ArticleLedger ledger;

	private final DeskPolicy policy;

	private final CurrentReader current;

	private final PageLayout layout;

	private final Labels labels;

	private final DraftRepository drafts;

	private final HeldForms held;

	private final Presence presence;

	private final LeadUploads uploads;

	ArticleEditor(Desk desk, EditorViews views, ArticleLedger ledger, DeskPolicy policy, CurrentReader current,
			PageLayout layout, Labels labels, DraftRepository drafts, HeldForms held, Presence presence,
			LeadUploads uploads) {
		this.uploads = uploads;
		this.presence = presence;
		this.drafts = drafts;
		this.held = held;
		this.desk = desk;
		this.views = views;
		this.ledger = ledger;
		this.policy = policy;
		this.current = current;
		this.layout = layout;
		this.labels = labels;
	}

	@GetMapping(NEW)
	String blank(@RequestParam(required = false) @Nullable String unsaved, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		ReaderIdentity me = me();
		EditorView kept = unsaved(me, null, unsaved, request, response);
		return page(kept != null ? kept : views.blank(me), request, model);
	}

	/**
	 * The editor with a text not saved: the form this browser posted after its session
	 * ended (held), else the person's autosave when they asked for it
	 * ({@code ?unsaved=take}); {@code null} for none. Only for someone who may save it.
	 */
	private @Nullable EditorView unsaved(ReaderIdentity me, @Nullable DeskArticle article, @Nullable String take,
			HttpServletRequest request, HttpServletResponse response) {
		if (policy.refusal(me, article, DeskAction.SAVE).isPresent()) {
			return null;
		}
		String key = Autosaves.key(article == null ? null : article.id());
		var kept = held.claim(request, response, key);
		if (kept.isPresent()) {
			// Given back once: it becomes the person's autosave too, so that a tab closed
			// before saving still loses nothing.
			drafts.autosave(me.id(), key, kept.get());
			return views.unsaved(me, article,
					new EditorViews.Form(kept.get().copy(), kept.get().baseRevision(), "", ""),
					labels.get("desk.unsaved.held"));
		}
		if ("take".equals(take)) {
			return drafts.autosaved(me.id(), key)
				.map(d -> views.unsaved(me, article, new EditorViews.Form(d.copy(), d.baseRevision(), "", ""),
						labels.get("desk.unsaved.taken")))
				.orElse(null);
		}
		return null;
	}

	@GetMapping(PATH + "/{id}")
	@Nullable String edit(@PathVariable long id, @RequestParam(required = false) @Nullable String done,
			@RequestParam(required = false) @Nullable String revision,
			@RequestParam(required = false) @Nullable String merged,
			@RequestParam(required = false) @Nullable String fields,
			@RequestParam(required = false) @Nullable String unsaved, HttpServletRequest request,
			HttpServletResponse response, Model model) throws IOException {
		ReaderIdentity me = me();
		DeskArticle article = ledger.find(id).orElseThrow(ArticleEditor::notFound);
		if (!policy.mayOpen(me, article)) {
			return refuse(request, response, "desk.refused.others");
		}
		String notice = notice(done, revision);
		String mergeNotice = done == null ? null : views.mergeNotice(id, baseRevision(merged), fields);
		if (mergeNotice != null) {
			notice = notice == null ? mergeNotice : notice + " " + mergeNotice;
		}
		presence.seen(me.id(), id);
		EditorView kept = unsaved(me, article, unsaved, request, response);
		return page(kept != null ? kept : views.stored(me, article, notice), request, model);
	}

	@PostMapping(NEW)
	@Nullable String create(@RequestParam Map<String, String> form,
			@RequestParam(required = false) @Nullable MultipartFile pictureFile, HttpServletRequest request,
			HttpServletResponse response, Model model) throws IOException {
		return act(null, form, pictureFile, request, response, model);
	}

	@PostMapping(PATH + "/{id}")
	@Nullable String save(@PathVariable long id, @RequestParam Map<String, String> form,
			@RequestParam(required = false) @Nullable MultipartFile pictureFile, HttpServletRequest request,
			HttpServletResponse response, Model model) throws IOException {
		return act(id, form, pictureFile, request, response, model);
	}

	private @Nullable String act(@Nullable Long id, Map<String, String> form, @Nullable MultipartFile pictureFile,
			HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
		ReaderIdentity me = me();
		DeskAction action = DeskAction.fromForm(form.getOrDefault("action", ""))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
		Copy copy = Copy.of(form);
		int base = baseRevision(form.get("baseRevision"));
		String publishAt = form.getOrDefault("publishAt", "").strip();
		String note = form.getOrDefault("note", "");
		String correction = form.getOrDefault("correction", "");
		boolean minor = form.containsKey("minor");
		// Tools that post only the text leave the picture as it is.
		LeadPicture lead = form.containsKey("picture") || hasFile(pictureFile) ? LeadPicture.of(form) : null;
		LeadPicture replaced = lead == null || id == null ? LeadPicture.none()
				: ledger.lead(id).map(LeadPicture::of).orElse(LeadPicture.none());
		if (lead != null && !hasFile(pictureFile)) {
			lead = uploads.chosen(lead, replaced);
		}
		if (lead != null && hasFile(pictureFile)) {
			// A refused action keeps nothing: the picture is not taken into the library.
			var refusal = policy.refusal(me, article(id), action);
			if (refusal.isPresent()) {
				return refuse(request, response, refusal.get());
			}
			try {
				// Kept in the library first, whatever comes of the rest: a form refused
				// for its headline shows the picture, numbered, to be saved again.
				lead = uploads.upload(lead, replaced, pictureFile, me.id());
			}
			catch (PictureRefused refused) {
				response.setStatus(refused.reason().status());
				// The library's words, with this site's limits (25 Mo, 50 mégapixels).
				var shown = new FormProblems.Shown(Map.of("pictureFile", uploads.explain(refused)));
				return page(views.again(me, article(id),
						new EditorViews.Form(copy, base, shownTime(publishAt), note, correction, minor, lead), shown,
						labels.get("desk.problem.form"), null), request, model);
			}
		}
		return switch (desk.act(me, id, copy, action, base, publishAt, note, new Desk.Visibility(correction, minor),
				lead)) {
			case Desk.Outcome.Done done -> saved(me, id, done) ? null : seeOther(response, PATH + "/" + done.articleId()
					+ "?done=" + done.action().value() + "&revision=" + done.revision() + mergedQuery(done));
			case Desk.Outcome.Refused refused -> refuse(request, response, refused.messageKey());
			case Desk.Outcome.Missing missing -> throw notFound();
			case Desk.Outcome.Invalid invalid -> {
				response.setStatus(UNPROCESSABLE);
				var shown = invalid.problems().shown(labels::get);
				yield page(views.again(me, article(id),
						new EditorViews.Form(invalid.copy(), base, shownTime(publishAt), note, correction, minor, lead),
						shown,
						shown.has(FormProblems.FORM) ? shown.get(FormProblems.FORM) : labels.get("desk.problem.form"),
						null), request, model);
			}
			case Desk.Outcome.Conflicted conflict -> {
				response.setStatus(HttpStatus.CONFLICT.value());
				// The form now stands on their revision: saving it again, after reading
				// theirs, is a choice made knowingly.
				yield page(views.again(me, article(id),
						new EditorViews.Form(conflict.clashes().proposal(), conflict.theirs().number(),
								shownTime(publishAt), note, correction, minor, lead),
						FormProblems.Shown.none(), labels.get("desk.conflict"),
						new EditorViews.Clashing(conflict.theirs(), conflict.clashes())), request, model);
			}
		};
	}

	/**
	 * Drops the person's autosave of what was just saved; false, always (for the switch).
	 */
	private boolean saved(ReaderIdentity me, @Nullable Long id, Desk.Outcome.Done done) {
		drafts.forget(me.id(), Autosaves.key(id));
		drafts.forget(me.id(), Autosaves.key(done.articleId()));
		return false;
	}

	/**
	 * The redirect's account of a merge ({@code &merged=N&fields=headline,body}), read
	 * back by {@link #edit} to tell the person; blank when nothing was merged.
	 */
	private static String mergedQuery(Desk.Outcome.Done done) {
		if (!done.merged()) {
			return "";
		}
		return "&merged=" + done.mergedWith() + "&fields=" + String.join(",", done.mergedFields());
	}

	private @Nullable DeskArticle article(@Nullable Long id) {
		return id == null ? null : ledger.find(id).orElse(null);
	}

	private String page(EditorView view, HttpServletRequest request, Model model) {
		String title = view.articleId() == null ? labels.get("desk.editor.new")
				: labels.get("desk.editor.title", view.copy().headline());
		model.addAttribute("frame", layout.frame(request, PageMeta.of(title, null, null)));
		model.addAttribute("view", view);
		return "desk/editor";
	}

	private @Nullable String notice(@Nullable String done, @Nullable String revision) {
		if (done == null) {
			return null;
		}
		int number = baseRevision(revision);
		return Arrays.stream(DeskAction.values())
			.filter(a -> a.value().equals(done))
			.findFirst()
			.map(a -> labels.get("desk.done." + a.value(), number))
			.orElse(null);
	}

	private @Nullable String refuse(HttpServletRequest request, HttpServletResponse response, String messageKey)
			throws IOException {
		ErrorExplanation.send(request, response, HttpStatus.FORBIDDEN.value(), labels.get(messageKey));
		return null;
	}

	/**
	 * 303: the browser gets the editor afresh, so that reloading it posts nothing twice.
	 */
	static @Nullable String seeOther(HttpServletResponse response, String location) {
		response.setStatus(HttpStatus.SEE_OTHER.value());
		response.setHeader("Location", location);
		return null;
	}

	private ReaderIdentity me() {
		// The access rules let only signed-in staff this far.
		return current.get().orElseThrow();
	}

	/**
	 * The {@code publishAt} to show again: as typed when it is a date-time, else blank (a
	 * date-time field holds nothing else; the problem beside it says the format).
	 */
	private static String shownTime(String typed) {
		try {
			LocalDateTime.parse(typed);
			return typed;
		}
		catch (DateTimeParseException e) {
			return "";
		}
	}

	private static boolean hasFile(@Nullable MultipartFile file) {
		return file != null && !file.isEmpty();
	}

	static int baseRevision(@Nullable String text) {
		if (text == null || !text.strip().matches("[0-9]{1,9}")) {
			return 0;
		}
		return Integer.parseInt(text.strip());
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
