package org.kiosque.media;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageOutputStream;

/**
 * The files that must not become pictures, with the status and the French sentence each
 * is refused with: one table for every way in, the library's form
 * ({@link UploadRefusalTests}) and the publishing API ({@link MediaApiTests}), so that
 * both refuse the same files the same way.
 *
 * @param behaviour what the row shows, as a test's name would say it
 * @param name the file's name; empty for a form sent without a file
 * @param bytes the file, made when the row is used (some weigh 30 MB)
 * @param status the answer's status
 * @param sentence what the answer says, in part
 */
record RefusedUploads(String behaviour, String name, Bytes bytes, int status, String sentence) {

	/** Makes a file's bytes. */
	@FunctionalInterface
	interface Bytes {

		byte[] make() throws Exception;

	}

	@Override
	public String toString() {
		return behaviour;
	}

	/** Every row, for {@code @MethodSource("org.kiosque.media.RefusedUploads#all")}. */
	static Stream<RefusedUploads> all() {
		return Stream.of(
				new RefusedUploads("a small PNG declaring ten billion pixels is refused from its header", "bombe.png",
						RefusedUploads::pngBomb, 413, "trop grande : 50 mégapixels au plus"),
				new RefusedUploads("a small JPEG declaring huge dimensions is refused from its header", "bombe.jpg",
						() -> PictureFiles.jpegDeclaring(65_000, 65_000), 413, "50 mégapixels au plus"),
				new RefusedUploads("a text file renamed .jpg is not a picture", "photo.jpg",
						() -> "Ceci n'est pas une pipe, ni une photo.\n".repeat(50).getBytes(StandardCharsets.UTF_8),
						415, "n’est pas une image"),
				new RefusedUploads("an empty file is not a picture", "vide.jpg", () -> new byte[0], 415,
						"n’est pas une image"),
				new RefusedUploads("a form sent without a file asks for one", "", () -> new byte[0], 422,
						"Choisissez un fichier"),
				new RefusedUploads("a file past 25 MB is refused", "enorme.jpg", () -> jpegPadded(25 * 1024 * 1024 + 1),
						413, "trop lourde : 25 Mo au plus"),
				new RefusedUploads("a file past the multipart limit is refused with the same sentence", "immense.jpg",
						() -> jpegPadded(30 * 1024 * 1024), 413, "trop lourde : 25 Mo au plus"),
				new RefusedUploads("an animated GIF is refused", "anime.gif", RefusedUploads::animatedGif, 415,
						"images animées ne sont pas prises en charge"),
				new RefusedUploads("a PNG with broken pixels cannot be decoded", "abime.png", RefusedUploads::brokenPng,
						422, "illisible ou abîmée"),
				new RefusedUploads("a JPEG cut short cannot be decoded", "coupee.jpg",
						() -> cutShort(PictureFiles.jpeg(PictureFiles.grain(1200, 800), false)), 422,
						"illisible ou abîmée"),
				new RefusedUploads("a progressive JPEG cut short cannot be decoded", "coupee-progressive.jpg",
						() -> cutShort(PictureFiles.jpeg(PictureFiles.grain(1200, 800), true)), 422,
						"illisible ou abîmée"),
				new RefusedUploads("a JPEG with spoiled pixels cannot be decoded", "abimee.jpg",
						RefusedUploads::spoiledJpeg, 422, "illisible ou abîmée"),
				new RefusedUploads("a PNG cut short cannot be decoded", "coupee.png",
						() -> cutShort(PictureFiles.png(PictureFiles.quarters(1200, 800))), 422, "illisible ou abîmée"),
				new RefusedUploads("a GIF cut short cannot be decoded", "coupee.gif", RefusedUploads::gifCutShort, 422,
						"illisible ou abîmée"),
				new RefusedUploads("a TIFF is an unsupported format", "scan.tif", RefusedUploads::tiff, 415,
						"format d’image n’est pas pris en charge"));
	}

	private static byte[] pngBomb() throws Exception {
		byte[] bomb = PictureFiles.pngDeclaring(100_000, 100_000);
		if (bomb.length >= 1000) {
			throw new IllegalStateException("the bomb should weigh under 1 000 bytes, not " + bomb.length);
		}
		return bomb;
	}

	private static byte[] jpegPadded(int size) throws Exception {
		byte[] big = new byte[size];
		byte[] jpeg = PictureFiles.jpeg(PictureFiles.redOverBlue(64, 64), false);
		System.arraycopy(jpeg, 0, big, 0, jpeg.length);
		return big;
	}

	private static byte[] brokenPng() throws Exception {
		byte[] png = PictureFiles.png(PictureFiles.redOverBlue(400, 300));
		// Spoil the compressed pixels, keeping the header (and so the checks before
		// decoding) intact.
		for (int i = 80; i < png.length - 20; i += 7) {
			png[i] = (byte) ~png[i];
		}
		return png;
	}

	/**
	 * The first fifth of a picture, as a download stopped early leaves it: the header
	 * (and so the checks before decoding) whole, most of the pixels missing.
	 */
	static byte[] cutShort(byte[] picture) {
		return Arrays.copyOf(picture, picture.length / 5);
	}

	private static byte[] spoiledJpeg() throws Exception {
		byte[] jpeg = PictureFiles.jpeg(PictureFiles.grain(1200, 800), false);
		// Spoil a stretch of the compressed pixels, past the header, as a bad disk
		// sector would; the end marker stays.
		for (int i = jpeg.length / 2; i < jpeg.length / 2 + 200; i += 3) {
			jpeg[i] = (byte) ~jpeg[i];
		}
		return jpeg;
	}

	private static byte[] gifCutShort() throws Exception {
		ByteArrayOutputStream gif = new ByteArrayOutputStream();
		ImageIO.write(PictureFiles.quarters(1200, 800), "gif", gif);
		return cutShort(gif.toByteArray());
	}

	private static byte[] tiff() throws Exception {
		ByteArrayOutputStream tiff = new ByteArrayOutputStream();
		ImageIO.write(PictureFiles.redOverBlue(40, 30), "tiff", tiff);
		return tiff.toByteArray();
	}

	private static byte[] animatedGif() throws Exception {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			writer.prepareWriteSequence(null);
			for (int i = 0; i < 3; i++) {
				var frame = PictureFiles.redOverBlue(40, 30);
				IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame),
						null);
				writer.writeToSequence(new IIOImage(frame, null, metadata), null);
			}
			writer.endWriteSequence();
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

}
