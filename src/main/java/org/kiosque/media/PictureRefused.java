package org.kiosque.media;

import java.io.Serial;

/**
 * An upload refused before anything was stored: the file is not a picture, too large, has
 * too many pixels, cannot be decoded or is in a format Kiosque does not take. The
 * {@link Reason} names the French/English label to show and the HTTP status to answer.
 */
public final class PictureRefused extends RuntimeException {

	@Serial
	private static final long serialVersionUID = 1L;

	/** Why an upload was refused, with its label key and HTTP status. */
	public enum Reason {

		/**
		 * Not a picture at all (a text file renamed {@code .jpg}, an empty file): 415.
		 */
		NOT_A_PICTURE("media.refused.not-a-picture", 415),

		/** A picture format Kiosque does not take (TIFF, HEIC, BMP, AVIF…): 415. */
		UNSUPPORTED("media.refused.unsupported", 415),

		/** An animated GIF or WebP: pages show still pictures only: 415. */
		ANIMATED("media.refused.animated", 415),

		/** More bytes than {@code kiosque.media.max-upload-size}: 413. */
		TOO_LARGE("media.refused.too-large", 413),

		/**
		 * More pixels than {@code kiosque.media.max-megapixels}, as the header declares
		 * (a decompression bomb among them): 413.
		 */
		TOO_MANY_PIXELS("media.refused.too-many-pixels", 413),

		/** The header looks right but the pixels cannot be decoded: 422. */
		UNREADABLE("media.refused.unreadable", 422);

		private final String label;

		private final int status;

		Reason(String label, int status) {
			this.label = label;
			this.status = status;
		}

		/** The key of the label that explains the refusal (messages/media). */
		public String label() {
			return this.label;
		}

		/** The HTTP status that fits (RFC 9110 §15.5). */
		public int status() {
			return this.status;
		}

	}

	private final Reason reason;

	PictureRefused(Reason reason, String detail) {
		super(reason.name() + ": " + detail);
		this.reason = reason;
	}

	PictureRefused(Reason reason, String detail, Throwable cause) {
		super(reason.name() + ": " + detail, cause);
		this.reason = reason;
	}

	/** Why. */
	public Reason reason() {
		return this.reason;
	}

}
