package org.kiosque.author;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import gg.jte.Content;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.kiosque.account.CurrentReader;
import org.kiosque.account.Profile;
import org.kiosque.account.ProfilePart;
import org.kiosque.account.Profiles;
import org.kiosque.account.ReaderIdentity;
import org.kiosque.media.PictureRefused;
import org.kiosque.media.PictureUses;
import org.kiosque.media.Pictures;
import org.kiosque.site.FormProblems;
import org.kiosque.site.Labels;
import org.kiosque.web.Frame;
import org.kiosque.web.FormToken;
import org.kiosque.web.PageLayout;
import org.kiosque.web.PageMeta;
import org.kiosque.web.Templates;
import org.kiosque.web.UploadPath;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The portrait's part of the author profile ({@link ProfilePart}): one's own under
 * {@code /newsroom/profile}, anyone's (admins) under
 * {@code /newsroom/people/{id}/profile}.
 * <ul>
 * <li>{@code POST …/photo}, field {@code picture}: the media library's picture of that
 * number becomes the portrait;</li>
 * <li>{@code POST …/photo/upload}, a {@code file} ({@code multipart/form-data}): it joins
 * the library and becomes the portrait;</li>
 * <li>{@code POST …/photo/remove}: no portrait (the picture stays in the library).</li>
 * </ul>
 * Each goes back to the profile ({@code ?done}); a refusal shows the portrait's forms
 * again with why: 422 for a number that names no picture, the library's status for a file
 * it refuses (413, 415, 422). A picture someone's portrait uses cannot be deleted from
 * the library ({@link PictureUses}).
 */
@Controller
class PortraitDesk implements ProfilePart, PictureUses {

	static final String OWN = "/newsroom/profile";

	static final String ANYONE = "/newsroom/people/{id}/profile";

	private final Portraits portraits;

	private final Profiles profiles;

	private final CurrentReader current;

	private final Pictures pictures;

	private final PortraitRepository repository;

	private final Templates templates;

	private final PageLayout layout;

	private final Labels labels;

	PortraitDesk(Portraits portraits, Profiles profiles, CurrentReader current, Pictures pictures,
			PortraitRepository repository, Templates templates, PageLayout layout, Labels labels) {
		this.portraits = portraits;
		this.profiles = profiles;
		this.current = current;
		this.pictures = pictures;
		this.repository = repository;
		this.templates = templates;
		this.layout = layout;
		this.labels = labels;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Content render(long accountId, String profilePath, FormToken csrf) {
		return templates.content("author/portrait.jte",
				params(accountId, profilePath, csrf, "", FormProblems.Shown.none()));
	}

	@Override
	public List<Use> of(long pictureId) {
		return repository.sittersOf(pictureId)
			.stream()
			.map(s -> new Use(labels.get("author.photo", s.displayName()),
					ANYONE.replace("{id}", Long.toString(s.accountId()))))
			.toList();
	}

	@PostMapping(OWN + "/photo")
	String chooseOwn(@RequestParam(defaultValue = "") String picture, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		return choose(me(), OWN, picture, request, response, model);
	}

	@PostMapping(ANYONE + "/photo")
	String chooseAnyone(@PathVariable long id, @RequestParam(defaultValue = "") String picture,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		return choose(staff(id), anyone(id), picture, request, response, model);
	}

	@PostMapping(OWN + "/photo/upload")
	String uploadOwn(@RequestParam(required = false) @Nullable MultipartFile file, HttpServletRequest request,
			HttpServletResponse response, Model model) throws IOException {
		return upload(me(), OWN, file, request, response, model);
	}

	@PostMapping(ANYONE + "/photo/upload")
	String uploadAnyone(@PathVariable long id, @RequestParam(required = false) @Nullable MultipartFile file,
			HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
		return upload(staff(id), anyone(id), file, request, response, model);
	}

	@PostMapping(OWN + "/photo/remove")
	String removeOwn() {
		portraits.remove(me().id());
		return "redirect:" + OWN + "?done";
	}

	@PostMapping(ANYONE + "/photo/remove")
	String removeAnyone(@PathVariable long id) {
		portraits.remove(staff(id).id());
		return "redirect:" + anyone(id) + "?done";
	}

	/** The portrait's upload takes a file, one's own or (admins) anyone's. */
	@Bean
	static UploadPath ownPortraitUpload() {
		return new UploadPath(OWN + "/photo/upload");
	}

	@Bean
	static UploadPath anyonesPortraitUpload() {
		return new UploadPath("/newsroom/people/*/profile/photo/upload");
	}

	private String choose(Profile profile, String path, String picture, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		FormProblems problems = portraits.choose(profile.id(), picture);
		if (!problems.isEmpty()) {
			response.setStatus(422);
			return refused(profile, path, picture, problems.shown(labels::get), request, model);
		}
		return "redirect:" + path + "?done";
	}

	private String upload(Profile profile, String path, @Nullable MultipartFile file, HttpServletRequest request,
			HttpServletResponse response, Model model) throws IOException {
		if (file == null || file.isEmpty()) {
			response.setStatus(422);
			return refused(profile, path, "",
					new FormProblems.Shown(Map.of("photo-file", labels.get("author.portrait.problem.file"))), request,
					model);
		}
		Long uploader = current.get().map(ReaderIdentity::id).orElse(null);
		try (InputStream in = file.getInputStream()) {
			portraits.upload(profile.id(), String.valueOf(file.getOriginalFilename()), in, uploader);
			return "redirect:" + path + "?done";
		}
		catch (PictureRefused refused) {
			response.setStatus(refused.reason().status());
			return refused(profile, path, "",
					new FormProblems.Shown(Map.of("photo-file", pictures.explain(refused, labels))), request, model);
		}
	}

	/** The portrait's forms alone, with why the last one was refused. */
	private String refused(Profile profile, String path, String typed, FormProblems.Shown problems,
			HttpServletRequest request, Model model) {
		String title = labels.get("author.profile.title", profile.displayName());
		Frame frame = layout.frame(request, PageMeta.of(title, null, null));
		model.addAttribute("frame", frame);
		model.addAttribute("title", title);
		model.addAttribute("path", path);
		model.addAttribute("portrait",
				templates.content("author/portrait.jte", params(profile.id(), path, frame.csrf(), typed, problems)));
		return "author/portrait-refused";
	}

	private Map<String, Object> params(long accountId, String path, FormToken csrf, String typed,
			FormProblems.Shown problems) {
		String name = profiles.author(accountId).map(Profile::displayName).orElse("");
		Map<String, Object> params = new HashMap<>();
		params.put("labels", labels);
		params.put("path", path);
		params.put("csrf", csrf);
		params.put("photo", portraits.of(accountId).orElse(null));
		params.put("alt", labels.get("author.photo", name));
		params.put("webp", portraits.webp());
		params.put("uploadHelp", pictures.explainLimits(labels));
		params.put("typed", typed);
		params.put("problems", problems);
		return params;
	}

	private Profile me() {
		// The access rules let only signed-in staff this far.
		long id = current.get().orElseThrow().id();
		return profiles.author(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
	}

	private Profile staff(long id) {
		return profiles.author(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String anyone(long id) {
		return "/newsroom/people/" + id + "/profile";
	}

}
