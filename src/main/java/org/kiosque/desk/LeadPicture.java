package org.kiosque.desk;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.kiosque.article.LeadImage;
import org.kiosque.media.Crop;
import org.kiosque.media.PictureRef;
import org.kiosque.media.Rendition;
import org.kiosque.site.FormProblems;

/**
 * The editor's lead picture part, as its form holds it (plain strings, blank for none):
 * the library picture's number ({@code picture}), the caption and credit of this use
 * ({@code caption}, {@code credit}) and the picture's focal point ({@code focusX},
 * {@code focusY}, in thousandths of its width and height, 500 the centre). A file sent in
 * {@code pictureFile} goes to the library first and fills {@code picture}.
 *
 * @param shown the picture as the library holds it, to show in the editor; {@code null}
 * when none is chosen or the number names none
 */
public record LeadPicture(String picture, String caption, String credit, String focusX, String focusY,
		@Nullable PictureRef shown) {

	/** The caption's longest, the {@code image_caption} column's. */
	static final int CAPTION = 500;

	/** The credit's longest, the {@code image_credit} column's. */
	static final int CREDIT = 200;

	/** The focal point's largest coordinate: the far edge, in thousandths. */
	static final int FOCUS_MAX = 1000;

	/** The width of the picture shown in the editor to set its focal point, in pixels. */
	static final int PREVIEW_WIDTH = 640;

	public LeadPicture {
		picture = orBlank(picture).strip();
		caption = orBlank(caption).replace("\r\n", "\n").replace('\r', '\n').strip();
		credit = orBlank(credit).strip();
		focusX = orBlank(focusX).strip();
		focusY = orBlank(focusY).strip();
	}

	/** No picture, no caption, no credit. */
	static LeadPicture none() {
		return new LeadPicture("", "", "", "", "", null);
	}

	/** The part as posted; missing names are blank. */
	static LeadPicture of(Map<String, String> form) {
		return new LeadPicture(form.get("picture"), form.get("caption"), form.get("credit"), form.get("focusX"),
				form.get("focusY"), null);
	}

	/** The part as stored on the article. */
	static LeadPicture of(LeadImage image) {
		PictureRef ref = image.picture();
		return new LeadPicture(image.pictureId() == null ? "" : String.valueOf(image.pictureId()),
				Objects.requireNonNullElse(image.caption(), ""), Objects.requireNonNullElse(image.credit(), ""),
				ref == null ? "" : String.valueOf(ref.focusX()), ref == null ? "" : String.valueOf(ref.focusY()), ref);
	}

	/** The chosen picture's number, {@code null} for none or for what is no number. */
	@Nullable Long pictureId() {
		return picture.matches("[0-9]{1,18}") ? Long.valueOf(picture) : null;
	}

	/** A focal point coordinate as typed, {@code null} when blank or no number. */
	static @Nullable Integer focus(String typed) {
		return typed.matches("[0-9]{1,4}") ? Integer.valueOf(typed) : null;
	}

	/** This part showing {@code found} (the chosen picture, read from the library). */
	LeadPicture showing(@Nullable PictureRef found) {
		return new LeadPicture(picture, caption, credit,
				focusX.isEmpty() && found != null ? String.valueOf(found.focusX()) : focusX,
				focusY.isEmpty() && found != null ? String.valueOf(found.focusY()) : focusY, found);
	}

	/**
	 * This part with a picture just uploaded in place of {@code replaced} (the article's
	 * lead as stored, {@link #none()} for none): its number, and the caption and credit
	 * read from its metadata where the person left the field blank or as the replaced
	 * picture's. Words left as they were describe the old photo: kept, they would credit
	 * the wrong photographer. A field the file says nothing of stays as typed.
	 */
	LeadPicture uploaded(PictureRef ref, @Nullable String readCaption, @Nullable String readCredit,
			LeadPicture replaced) {
		// The old photo's focal point is no point of the new one: the new one's own is
		// used.
		return new LeadPicture(String.valueOf(ref.id()), fromFile(caption, replaced.caption, readCaption),
				fromFile(credit, replaced.credit, readCredit), focusX.equals(replaced.focusX) ? "" : focusX,
				focusY.equals(replaced.focusY) ? "" : focusY, ref);
	}

	/** The field's value once a new file came: the file's word if the field was left. */
	private static String fromFile(String typed, String replaced, @Nullable String read) {
		boolean left = typed.isEmpty() || typed.equals(replaced);
		return left && read != null && !read.isBlank() ? read : typed;
	}

	/**
	 * The part's problems: a number that is none, or names no picture ({@code exists}
	 * false), a caption or credit too long, a focal point off the picture.
	 */
	FormProblems check(boolean exists) {
		FormProblems problems = new FormProblems();
		if (!picture.isEmpty() && (pictureId() == null || !exists)) {
			problems.add("picture", "desk.problem.picture-unknown");
		}
		if (caption.length() > CAPTION) {
			problems.add("caption", "desk.problem.too-long.caption");
		}
		if (credit.length() > CREDIT) {
			problems.add("credit", "desk.problem.too-long.credit");
		}
		for (String axis : new String[] { "focusX", "focusY" }) {
			String typed = "focusX".equals(axis) ? focusX : focusY;
			Integer value = focus(typed);
			if (!typed.isEmpty() && (value == null || value > FOCUS_MAX)) {
				problems.add(axis, "desk.problem.focus");
			}
		}
		return problems;
	}

	/** The address of the picture as the editor shows it, {@code null} for none. */
	public @Nullable String previewPath() {
		PictureRef ref = shown;
		if (ref == null) {
			return null;
		}
		return ref.rendition(Crop.FULL, previewWidth(), Rendition.Format.JPEG).path();
	}

	/**
	 * The width the editor shows the picture at, in pixels: the widest rendition up to
	 * {@value #PREVIEW_WIDTH}, else the narrowest there is.
	 */
	public int previewWidth() {
		PictureRef ref = shown;
		if (ref == null) {
			return 0;
		}
		List<Integer> widths = ref.widths(Crop.FULL);
		int chosen = widths.get(0);
		for (int w : widths) {
			if (w <= PREVIEW_WIDTH) {
				chosen = w;
			}
		}
		return chosen;
	}

	/** The height the editor shows the picture at, in pixels. */
	public int previewHeight() {
		PictureRef ref = shown;
		return ref == null ? 0 : ref.heightAt(Crop.FULL, previewWidth());
	}

	private static String orBlank(@Nullable String value) {
		return value == null ? "" : value;
	}

}
