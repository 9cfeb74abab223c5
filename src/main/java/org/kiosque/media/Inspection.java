package org.kiosque.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import com.adobe.internal.xmp.XMPMeta;
import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import org.jspecify.annotations.Nullable;
import org.kiosque.media.PictureRefused.Reason;
import org.kiosque.site.CleanText;

/**
 * What an uploaded file is, found without decoding its pixels: its format (from its first
 * bytes, never its name), its declared size (from the header, so that a small file
 * declaring 100 000 × 100 000 pixels is refused before any memory is taken), its EXIF
 * orientation and the rights fields of its IPTC/XMP. A WebP shorter than its RIFF header
 * declares is refused here as cut short.
 *
 * @param format the format
 * @param storedWidth the width as stored, before orientation
 * @param storedHeight the height as stored
 * @param orientation the EXIF orientation, 1 to 8 (1: upright)
 * @param rights the rights fields found
 */
record Inspection(Format format, int storedWidth, int storedHeight, int orientation, Rights rights) {

	/** The formats taken. */
	enum Format {

		JPEG("image/jpeg"), PNG("image/png"), WEBP("image/webp"), GIF("image/gif");

		final String mediaType;

		Format(String mediaType) {
			this.mediaType = mediaType;
		}

	}

	/** The upright width (orientations 5 to 8 turn the picture a quarter). */
	int width() {
		return orientation >= 5 ? storedHeight : storedWidth;
	}

	/** The upright height. */
	int height() {
		return orientation >= 5 ? storedWidth : storedHeight;
	}

	/**
	 * Inspects {@code file}: size, format, header dimensions, animation, a WebP's length,
	 * then metadata.
	 * @throws PictureRefused when any check fails
	 */
	static Inspection of(Path file, MediaSettings settings) throws IOException {
		long size = Files.size(file);
		if (size > settings.maxUploadSize().toBytes()) {
			throw new PictureRefused(Reason.TOO_LARGE, size + " bytes");
		}
		byte[] head = new byte[32];
		int n;
		try (InputStream in = Files.newInputStream(file)) {
			n = in.readNBytes(head, 0, head.length);
		}
		Format format = sniff(head, n);
		int[] size2 = dimensions(file, format);
		long pixels = (long) size2[0] * size2[1];
		if (size2[0] <= 0 || size2[1] <= 0) {
			throw new PictureRefused(Reason.UNREADABLE, "no dimensions");
		}
		if (pixels > settings.maxPixels()) {
			throw new PictureRefused(Reason.TOO_MANY_PIXELS, size2[0] + "x" + size2[1]);
		}
		if (format == Format.WEBP && n >= 21 && head[12] == 'V' && head[13] == 'P' && head[14] == '8' && head[15] == 'X'
				&& (head[20] & 0x02) != 0) {
			throw new PictureRefused(Reason.ANIMATED, "animated WebP");
		}
		if (format == Format.WEBP && n >= 8 && 8 + riffSize(head) > size) {
			// A lossless WebP cut short decodes without a word from the reader, the
			// missing rows made up: its RIFF header says how long the file should be.
			throw new PictureRefused(Reason.UNREADABLE,
					"WebP of " + size + " bytes, " + (8 + riffSize(head)) + " declared");
		}
		if (format == Format.GIF && frames(file) > 1) {
			throw new PictureRefused(Reason.ANIMATED, "animated GIF");
		}
		Metadata metadata = metadata(file);
		return new Inspection(format, size2[0], size2[1], orientation(metadata), rights(metadata));
	}

	/**
	 * The format from the first bytes (the "magic numbers" of each format's standard).
	 */
	static Format sniff(byte[] head, int n) {
		if (n >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
			return Format.JPEG;
		}
		if (n >= 8 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
			return Format.PNG;
		}
		if (n >= 6 && head[0] == 'G' && head[1] == 'I' && head[2] == 'F' && head[3] == '8') {
			return Format.GIF;
		}
		if (n >= 12 && head[0] == 'R' && head[1] == 'I' && head[2] == 'F' && head[3] == 'F' && head[8] == 'W'
				&& head[9] == 'E' && head[10] == 'B' && head[11] == 'P') {
			return Format.WEBP;
		}
		if (otherPicture(head, n)) {
			throw new PictureRefused(Reason.UNSUPPORTED, "other picture format");
		}
		throw new PictureRefused(Reason.NOT_A_PICTURE, "unknown first bytes");
	}

	/**
	 * The size a RIFF file (WebP) declares after its first 8 bytes, in bytes: a 32-bit
	 * little-endian number at offset 4.
	 */
	private static long riffSize(byte[] head) {
		return (head[4] & 0xFFL) | (head[5] & 0xFFL) << 8 | (head[6] & 0xFFL) << 16 | (head[7] & 0xFFL) << 24;
	}

	/** TIFF, BMP, HEIC/AVIF (ISO base media {@code ftyp}), JPEG 2000, ICO, PSD. */
	private static boolean otherPicture(byte[] h, int n) {
		if (n < 12) {
			return false;
		}
		return (h[0] == 'I' && h[1] == 'I' && h[2] == 42 && h[3] == 0)
				|| (h[0] == 'M' && h[1] == 'M' && h[2] == 0 && h[3] == 42) || (h[0] == 'B' && h[1] == 'M')
				|| (h[4] == 'f' && h[5] == 't' && h[6] == 'y' && h[7] == 'p')
				|| (h[0] == 0 && h[1] == 0 && h[2] == 0 && h[3] == 12 && h[4] == 'j')
				|| (h[0] == '8' && h[1] == 'B' && h[2] == 'P' && h[3] == 'S');
	}

	/** Width and height as the header declares them; no pixel is read. */
	private static int[] dimensions(Path file, Format format) throws IOException {
		try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
			ImageReader reader = reader(format);
			try {
				reader.setInput(in, true, true);
				return new int[] { reader.getWidth(0), reader.getHeight(0) };
			}
			catch (IOException | RuntimeException ex) {
				throw new PictureRefused(Reason.UNREADABLE, "header: " + ex.getMessage(), ex);
			}
			finally {
				reader.dispose();
			}
		}
	}

	/** The number of frames of a GIF, read without decoding them. */
	private static int frames(Path file) throws IOException {
		try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
			ImageReader reader = reader(Format.GIF);
			try {
				reader.setInput(in, false, true);
				return reader.getNumImages(true);
			}
			catch (IOException | RuntimeException ex) {
				throw new PictureRefused(Reason.UNREADABLE, "frames: " + ex.getMessage(), ex);
			}
			finally {
				reader.dispose();
			}
		}
	}

	/** A reader for that format (TwelveMonkeys' for JPEG and WebP when present). */
	static ImageReader reader(Format format) {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.name().toLowerCase(Locale.ROOT));
		if (!readers.hasNext()) {
			throw new PictureRefused(Reason.UNSUPPORTED, "no reader for " + format);
		}
		return readers.next();
	}

	private static @Nullable Metadata metadata(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return ImageMetadataReader.readMetadata(in, Files.size(file));
		}
		catch (Exception ex) {
			// Metadata is a bonus: a picture whose metadata cannot be read is still a
			// picture, upright as stored and with no words prefilled.
			return null;
		}
	}

	private static int orientation(@Nullable Metadata metadata) {
		if (metadata == null) {
			return 1;
		}
		for (ExifIFD0Directory exif : metadata.getDirectoriesOfType(ExifIFD0Directory.class)) {
			Integer o = exif.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
			if (o != null && o >= 1 && o <= 8) {
				return o;
			}
		}
		return 1;
	}

	/** IPTC first, then XMP, then EXIF's Artist and Copyright. */
	static Rights rights(@Nullable Metadata metadata) {
		if (metadata == null) {
			return Rights.NONE;
		}
		IptcDirectory iptc = metadata.getFirstDirectoryOfType(IptcDirectory.class);
		XMPMeta xmp = null;
		XmpDirectory xmpDirectory = metadata.getFirstDirectoryOfType(XmpDirectory.class);
		if (xmpDirectory != null) {
			xmp = xmpDirectory.getXMPMeta();
		}
		ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
		String caption = first(string(iptc, IptcDirectory.TAG_CAPTION), alt(xmp, "dc", "description"));
		String credit = first(string(iptc, IptcDirectory.TAG_CREDIT), property(xmp, "photoshop", "Credit"));
		String creator = first(string(iptc, IptcDirectory.TAG_BY_LINE), item(xmp, "dc", "creator"),
				string(exif, ExifIFD0Directory.TAG_ARTIST));
		String copyright = first(string(iptc, IptcDirectory.TAG_COPYRIGHT_NOTICE), alt(xmp, "dc", "rights"),
				string(exif, ExifIFD0Directory.TAG_COPYRIGHT));
		return new Rights(clip(caption, 2000), clip(credit, 255), clip(creator, 255), clip(copyright, 500));
	}

	private static @Nullable String string(@Nullable Directory directory, int tag) {
		return directory == null ? null : directory.getString(tag);
	}

	private static final String DC = "http://purl.org/dc/elements/1.1/";

	private static final String PHOTOSHOP = "http://ns.adobe.com/photoshop/1.0/";

	private static String ns(String prefix) {
		return "dc".equals(prefix) ? DC : PHOTOSHOP;
	}

	private static @Nullable String alt(@Nullable XMPMeta xmp, String prefix, String name) {
		try {
			return xmp == null ? null : xmp.getArrayItem(ns(prefix), name, 1) == null ? null
					: xmp.getArrayItem(ns(prefix), name, 1).getValue();
		}
		catch (Exception ex) {
			return null;
		}
	}

	private static @Nullable String item(@Nullable XMPMeta xmp, String prefix, String name) {
		return alt(xmp, prefix, name);
	}

	private static @Nullable String property(@Nullable XMPMeta xmp, String prefix, String name) {
		try {
			return xmp == null ? null : xmp.getPropertyString(ns(prefix), name);
		}
		catch (Exception ex) {
			return null;
		}
	}

	private static String first(@Nullable String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return "";
	}

	/** One clean line (control characters out), no longer than its column. */
	static String clip(String text, int max) {
		String line = CleanText.line(text).replaceAll("\\s+", " ").strip();
		return line.length() <= max ? line : line.substring(0, max);
	}

}
