package org.kiosque.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kiosque.account.CurrentReader;
import org.kiosque.media.Crop;
import org.kiosque.media.PictureDetails;
import org.kiosque.media.PictureRef;
import org.kiosque.media.PictureRefused;
import org.kiosque.media.Pictures;
import org.kiosque.media.Rights;
import org.kiosque.site.Labels;
import org.kiosque.site.SiteSettings;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/admin/media}: the media library for tools. An upload ({@code multipart}
 * {@code file}, optional {@code caption} and {@code credit}) goes through
 * {@link Pictures#upload}, so it is checked and refused exactly as in the library (413
 * too large or too many pixels, 415 not a picture or a format not taken, 422 unreadable
 * or no file), with the library's French sentence as the problem's detail.
 */
@RestController
class MediaApi {

	static final String PATH = "/api/admin/media";

	static final int PAGE = 50;

	private final Pictures pictures;

	private final CurrentReader current;

	private final Labels labels;

	private final SiteSettings site;

	MediaApi(Pictures pictures, CurrentReader current, Labels labels, SiteSettings site) {
		this.pictures = pictures;
		this.current = current;
		this.labels = labels;
		this.site = site;
	}

	/** A library picture: its widest rendition's address and its size in pixels. */
	record ApiPicture(long id, String url, int width, int height, String caption, String credit) {
	}

	/** One page of the library, newest first. */
	record PicturePage(List<ApiPicture> items, int page, boolean hasNext) {
	}

	@PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ApiPicture> upload(@RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable String caption,
			@RequestParam(required = false) @Nullable String credit) throws IOException {
		if (file == null
				|| file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
			throw AdminProblem.told(422, labels.get("media.refused.missing")).with("parameter", "file");
		}
		Long uploader = current.get().map(r -> r.id()).orElse(null);
		PictureRef ref;
		try (InputStream in = file.getInputStream()) {
			ref = pictures.upload(String.valueOf(file.getOriginalFilename()), in, uploader);
		}
		catch (PictureRefused refused) {
			throw AdminProblem.told(refused.reason().status(), pictures.explain(refused, labels))
				.with("parameter", "file");
		}
		if (caption != null || credit != null) {
			Rights read = pictures.details(ref.id()).map(PictureDetails::rights).orElse(Rights.NONE);
			pictures.describe(ref.id(), new Rights(caption != null ? caption.strip() : read.caption(),
					credit != null ? credit.strip() : read.credit(), read.creator(), read.copyright()));
		}
		ApiPicture picture = shape(pictures.details(ref.id()).orElseThrow());
		return ResponseEntity.created(URI.create(site.absolute(PATH + "/" + ref.id())))
			.cacheControl(CacheControl.noStore())
			.body(picture);
	}

	/** The library, newest first, {@value #PAGE} a page; {@code q} searches it. */
	@GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<PicturePage> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String page) {
		int number = page == null || !page.strip().matches("[0-9]{1,6}") ? 1
				: Math.max(1, Integer.parseInt(page.strip()));
		String query = q == null ? "" : q.strip();
		List<ApiPicture> items = pictures.search(query, (number - 1) * PAGE, PAGE + 1)
			.stream()
			.map(this::shape)
			.toList();
		boolean more = items.size() > PAGE;
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(new PicturePage(more ? items.subList(0, PAGE) : items, number, more));
	}

	private ApiPicture shape(PictureDetails details) {
		PictureRef ref = details.ref();
		return new ApiPicture(ref.id(), site.absolute(ref.widest(Crop.FULL).path()), ref.width(), ref.height(),
				details.rights().caption(), details.rights().credit());
	}

}
