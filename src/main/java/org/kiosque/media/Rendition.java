package org.kiosque.media;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One served copy of a picture: a crop at a width in a format, at an address that never
 * changes meaning ({@code /media/{id}/{version}/{crop}-{width}.{ext}}, e.g.
 * {@code /media/42/3fa9c2d1e0b7/wide-640.jpg}), so it is served with
 * {@code Cache-Control: public, max-age=31536000, immutable}.
 *
 * @param pictureId the picture's id
 * @param version the picture's version (see {@link PictureRef#version()})
 * @param crop the shape
 * @param width the width in pixels
 * @param format the encoding
 */
public record Rendition(long pictureId, String version, Crop crop, int width, Format format) {

	private static final Pattern PATH = Pattern
		.compile("/media/(\\d{1,18})/([0-9a-f]{8,64})/([a-z]+)-(\\d{1,5})\\.(jpg|webp|avif)");

	/** The encodings a rendition may have. */
	public enum Format {

		JPEG("jpg", "image/jpeg"), WEBP("webp", "image/webp"), AVIF("avif", "image/avif");

		private final String extension;

		private final String mediaType;

		Format(String extension, String mediaType) {
			this.extension = extension;
			this.mediaType = mediaType;
		}

		/** The file name's extension, without the dot. */
		public String extension() {
			return this.extension;
		}

		/** The {@code Content-Type}. */
		public String mediaType() {
			return this.mediaType;
		}

		static Format ofExtension(String extension) {
			for (Format format : values()) {
				if (format.extension.equals(extension)) {
					return format;
				}
			}
			throw new IllegalArgumentException(extension);
		}

	}

	/** The rendition's address, from the site's root. */
	public String path() {
		return "/media/" + this.pictureId + "/" + this.version + "/" + this.crop.word() + "-" + this.width + "."
				+ this.format.extension();
	}

	/**
	 * The rendition an address names, or {@code null} when it names none (a wrong shape,
	 * an unknown crop); whether the picture, version and width exist is for the caller.
	 */
	public static @Nullable Rendition parse(String path) {
		Matcher m = PATH.matcher(path);
		if (!m.matches()) {
			return null;
		}
		Crop crop = Crop.of(m.group(3));
		if (crop == null) {
			return null;
		}
		return new Rendition(Long.parseLong(m.group(1)), m.group(2), crop, Integer.parseInt(m.group(4)),
				Format.ofExtension(m.group(5)));
	}

}
