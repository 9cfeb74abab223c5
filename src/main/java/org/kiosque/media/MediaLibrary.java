package org.kiosque.media;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.kiosque.account.CurrentReader;
import org.kiosque.account.ReaderIdentity;
import org.kiosque.site.Labels;
import org.kiosque.site.NewspaperDates;
import org.kiosque.site.NewspaperNumbers;
import org.kiosque.web.PageLayout;
import org.kiosque.web.PageMeta;
import org.kiosque.web.PageNumber;
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
 * The newsroom's media library, {@code /newsroom/media} (staff, by
 * {@code org.kiosque.account.AccessRules}): upload (field {@code file}), search by
 * caption, credit or file name, a picture's page with its renditions, its words, its
 * focal point and its uses, delete when unused, the original for the newsroom.
 */
@Controller
class MediaLibrary {

	static final String PATH = "/newsroom/media";

	static final int PER_PAGE = 24;

	private static final int MAX_PAGE = 10_000;

	private final Pictures pictures;

	private final PageLayout layout;

	private final Labels labels;

	private final NewspaperDates dates;

	private final NewspaperNumbers numbers;

	private final CurrentReader current;

	MediaLibrary(Pictures pictures, PageLayout layout, Labels labels, NewspaperDates dates, NewspaperNumbers numbers,
			CurrentReader current) {
		this.pictures = pictures;
		this.layout = layout;
		this.labels = labels;
		this.dates = dates;
		this.numbers = numbers;
		this.current = current;
	}

	@GetMapping(PATH)
	String library(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) @Nullable String page,
			HttpServletRequest request, Model model) {
		return library(q, page, null, request, model);
	}

	private String library(String q, @Nullable String page, @Nullable String problem, HttpServletRequest request,
			Model model) {
		String query = Inspection.clip(q, 200);
		int number = PageNumber.parse(page, MAX_PAGE).orElseThrow(MediaLibrary::notFound);
		long total = pictures.count(query);
		List<LibraryView.Tile> tiles = pictures.search(query, (number - 1) * PER_PAGE, PER_PAGE)
			.stream()
			.map(this::tile)
			.toList();
		if (number > 1 && tiles.isEmpty()) {
			throw notFound();
		}
		String search = query.isEmpty() ? "" : "q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&";
		String previous = number > 1 ? PATH + "?" + search + "page=" + (number - 1) : null;
		String next = (long) number * PER_PAGE < total ? PATH + "?" + search + "page=" + (number + 1) : null;
		model.addAttribute("frame", layout.frame(request, PageMeta.of(labels.get("media.title"), null, null)));
		model.addAttribute("view", new LibraryView(query, problem, labels.count("media.count", total), tiles, previous,
				next, pictures.explainLimits(labels)));
		return "media/library";
	}

	private LibraryView.Tile tile(PictureDetails picture) {
		PictureRef ref = picture.ref();
		List<Integer> widths = ref.widths(Crop.SQUARE);
		String thumbnail = ref.rendition(Crop.SQUARE, widths.get(0), Rendition.Format.JPEG).path();
		String caption = picture.rights().caption().isEmpty() ? picture.fileName() : picture.rights().caption();
		return new LibraryView.Tile(PATH + "/" + picture.id(), thumbnail, caption, picture.rights().credit(),
				labels.get("media.size", ref.width(), ref.height()));
	}

	@PostMapping(PATH)
	String upload(@RequestParam(required = false) @Nullable MultipartFile file, HttpServletRequest request,
			HttpServletResponse response, Model model) throws IOException {
		if (file == null || file.isEmpty() && String.valueOf(file.getOriginalFilename()).isBlank()) {
			response.setStatus(422);
			return library("", null, labels.get("media.refused.missing"), request, model);
		}
		Long uploader = current.get().map(ReaderIdentity::id).orElse(null);
		try (InputStream in = file.getInputStream()) {
			PictureRef ref = pictures.upload(String.valueOf(file.getOriginalFilename()), in, uploader);
			return "redirect:" + PATH + "/" + ref.id() + "?done=uploaded";
		}
		catch (PictureRefused refused) {
			response.setStatus(refused.reason().status());
			return library("", null, pictures.explain(refused, labels), request, model);
		}
	}

	@GetMapping(PATH + "/{id}")
	String picture(@PathVariable long id, @RequestParam(required = false) @Nullable String done,
			HttpServletRequest request, Model model) {
		PictureDetails picture = pictures.details(id).orElseThrow(MediaLibrary::notFound);
		String notice = done == null || !List.of("uploaded", "described", "focused").contains(done) ? null
				: labels.get("media.done." + done);
		return picture(picture, notice, null, request, model);
	}

	private String picture(PictureDetails picture, @Nullable String notice, @Nullable String problem,
			HttpServletRequest request, Model model) {
		PictureRef ref = picture.ref();
		int previewWidth = ref.widths(Crop.FULL)
			.stream()
			.filter(w -> w <= 960)
			.reduce((a, b) -> b)
			.orElse(ref.widths(Crop.FULL).get(0));
		List<PictureView.CropLinks> crops = new ArrayList<>();
		for (Crop crop : Crop.values()) {
			List<String> links = new ArrayList<>();
			for (Rendition.Format format : pictures.formats()) {
				for (int w : ref.widths(crop)) {
					links.add(ref.rendition(crop, w, format).path());
				}
			}
			crops.add(new PictureView.CropLinks(labels.get("media.crop." + crop.word()), links));
		}
		String title = picture.rights().caption().isEmpty() ? picture.fileName() : picture.rights().caption();
		model.addAttribute("frame",
				layout.frame(request, PageMeta.of(labels.get("media.picture.title", title), null, null)));
		model.addAttribute("view",
				new PictureView(picture, ref.rendition(Crop.FULL, previewWidth, Rendition.Format.JPEG).path(),
						previewWidth, ref.heightAt(Crop.FULL, previewWidth), crops, pictures.uses(picture.id()), notice,
						problem, dates.dayAndTime(picture.uploadedAt())));
		return "media/picture";
	}

	@PostMapping(PATH + "/{id}/rights")
	String describe(@PathVariable long id, @RequestParam(defaultValue = "") String caption,
			@RequestParam(defaultValue = "") String credit, @RequestParam(defaultValue = "") String creator,
			@RequestParam(defaultValue = "") String copyright) {
		pictures.describe(id, new Rights(caption, credit, creator, copyright)).orElseThrow(MediaLibrary::notFound);
		return "redirect:" + PATH + "/" + id + "?done=described";
	}

	@PostMapping(PATH + "/{id}/focus")
	String focus(@PathVariable long id, @RequestParam(defaultValue = "500") String x,
			@RequestParam(defaultValue = "500") String y) {
		pictures.focus(id, thousandths(x), thousandths(y)).orElseThrow(MediaLibrary::notFound);
		return "redirect:" + PATH + "/" + id + "?done=focused";
	}

	@PostMapping(PATH + "/{id}/delete")
	String delete(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
		PictureDetails picture = pictures.details(id).orElseThrow(MediaLibrary::notFound);
		try {
			pictures.delete(id);
			return "redirect:" + PATH;
		}
		catch (PictureInUse used) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return picture(picture, null, labels.count(PictureInUse.LABEL, used.uses().size()), request, model);
		}
	}

	@GetMapping(PATH + "/{id}/original")
	void original(@PathVariable long id, HttpServletResponse response) throws IOException {
		PictureDetails picture = pictures.details(id).orElseThrow(MediaLibrary::notFound);
		response.setContentType(picture.mediaType());
		response.setHeader("X-Content-Type-Options", "nosniff");
		String name = picture.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"; filename*=UTF-8''"
				+ URLEncoder.encode(picture.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
		response.setContentLengthLong(picture.byteSize());
		pictures.copyOriginal(id, response.getOutputStream());
	}

	/** A thousandth from the form (a whole number; a decimal is rounded). */
	private static int thousandths(String value) {
		try {
			return (int) Math.round(Double.parseDouble(value.strip().replace(',', '.')));
		}
		catch (NumberFormatException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
