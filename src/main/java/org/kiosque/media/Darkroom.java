package org.kiosque.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Transparency;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import net.coobird.thumbnailator.Thumbnails;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcRecord;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcTypes;
import org.apache.commons.imaging.formats.jpeg.iptc.JpegIptcRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.PhotoshopApp13Data;
import org.kiosque.media.Inspection.Format;
import org.kiosque.media.PictureRefused.Reason;
import org.springframework.stereotype.Component;

/**
 * Turns an original into served pixels: decodes only the part a crop needs, at the
 * coarsest subsampling that still leaves twice the pixels wanted, applies the EXIF
 * orientation to the pixels, cuts the crop around the focal point, resizes
 * (Thumbnailator) and encodes a JPEG with nothing but JFIF and the rights fields as IPTC
 * (UTF-8). No EXIF, GPS, serial number, XMP or ICC block of the original survives: the
 * pixels are redrawn, never copied with their metadata.
 * <p>
 * A picture's master is read in bands of about {@value #BAND_PIXELS} decoded pixels, each
 * band reduced by area averaging ({@link Reduction}) as it comes, so that a 24-megapixel
 * original needs some 40 MB of heap (its file, a 12 MB band, the master's 19 MB of
 * pixels), not its whole decoded size (72 MB for 24 megapixels, 150 MB for 50, at 3 bytes
 * a pixel). Decoding is also bounded by {@code kiosque.media.decoding-slots} (one by
 * default): a node makes one master or rendition at a time and the others wait their
 * turn.
 */
@Component
class Darkroom {

	private final Semaphore slots;

	private final MediaSettings settings;

	Darkroom(MediaSettings settings) {
		this.settings = settings;
		this.slots = new Semaphore(Math.max(1, settings.decodingSlots()), true);
		// TwelveMonkeys' plugins (CMYK JPEG, WebP) register through the service loader;
		// make sure they are seen whatever class loader started first.
		ImageIO.scanForPlugins();
		ImageIO.setUseCache(false);
	}

	/** Work done while holding one of the node's decoding slots. */
	interface SlotWork<T> {

		T run() throws IOException;

	}

	/** Runs {@code work} in a decoding slot, waiting for one. */
	<T> T inSlot(SlotWork<T> work) throws IOException {
		try {
			slots.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while waiting for a decoding slot", ex);
		}
		try {
			return work.run();
		}
		finally {
			slots.release();
		}
	}

	/**
	 * What the JPEG decoder says, as a warning, when it ran out of compressed pixels or
	 * met spoiled ones: it still returns a picture, with the missing part filled in grey,
	 * so these warnings are the only sign. The first is the JDK reader's own (missing end
	 * marker: the file was cut), the others libjpeg's ({@code jerror.h}: JWRN_JPEG_EOF,
	 * JWRN_HIT_MARKER, JWRN_HUFF_BAD_CODE, JWRN_ARITH_BAD_CODE, JWRN_MUST_RESYNC). Its
	 * other warnings leave the pixels whole and are let through: stray bytes before a
	 * marker, a bad ICC profile or JFIF thumbnail, odd scan parameters.
	 */
	static final List<String> LOST_PIXELS = List.of("Truncated File - Missing EOI marker", "Premature end of JPEG file",
			"Corrupt JPEG data: premature end of data segment", "Corrupt JPEG data: bad Huffman code",
			"Corrupt JPEG data: bad arithmetic code", "Corrupt JPEG data: found marker");

	/**
	 * Decodes the whole file, subsampled to about two megapixels, to prove its pixels can
	 * be read (call in a slot): the decoder must neither fail nor warn that pixels are
	 * missing or spoiled ({@link #LOST_PIXELS}).
	 * @throws PictureRefused {@link Reason#UNREADABLE} when they cannot
	 */
	void proveReadable(Path file, Inspection inspection) throws IOException {
		try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
			ImageReader reader = Inspection.reader(inspection.format());
			List<String> warnings = new ArrayList<>();
			reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
			try {
				reader.setInput(in, true, true);
				ImageReadParam param = reader.getDefaultReadParam();
				long pixels = (long) inspection.storedWidth() * inspection.storedHeight();
				int k = (int) Math.max(1, Math.ceil(Math.sqrt(pixels / 2_000_000.0)));
				param.setSourceSubsampling(k, k, 0, 0);
				BufferedImage image = reader.read(0, param);
				if (image == null || image.getWidth() < 1) {
					throw new PictureRefused(Reason.UNREADABLE, "no pixels");
				}
				for (String warning : warnings) {
					if (LOST_PIXELS.stream().anyMatch(warning::startsWith)) {
						throw new PictureRefused(Reason.UNREADABLE, warning);
					}
				}
			}
			catch (PictureRefused ex) {
				throw ex;
			}
			catch (IOException | RuntimeException ex) {
				throw new PictureRefused(Reason.UNREADABLE, String.valueOf(ex.getMessage()), ex);
			}
			finally {
				reader.dispose();
			}
		}
	}

	/**
	 * The longest side a rendition may need, in pixels: the widest of
	 * {@link PictureRef#WIDTHS}.
	 */
	static final int WIDEST = PictureRef.WIDTHS.get(PictureRef.WIDTHS.size() - 1);

	/**
	 * The size of a picture's master: scaled down (never up) until its width or its
	 * height is {@value #WIDEST}, so that every crop at every width offered is cut from
	 * it without upscaling.
	 */
	static int[] masterSize(int width, int height) {
		double scale = Math.min(1, Math.max((double) WIDEST / width, (double) WIDEST / height));
		return new int[] { Math.max(1, (int) Math.round(width * scale)),
				Math.max(1, (int) Math.round(height * scale)) };
	}

	/**
	 * The picture's master (call in a slot): the original decoded once, upright, at
	 * {@link #masterSize}, as a nearly lossless JPEG without any metadata. Renditions are
	 * cut from it, so that a page asking for a dozen sizes of a 24-megapixel photo
	 * decodes the original once, not a dozen times.
	 */
	byte[] master(byte[] original, Original picture) throws IOException {
		int[] size = masterSize(picture.ref().width(), picture.ref().height());
		return jpeg(reduced(original, picture, size[0], size[1]), Rights.NONE, 0.95f);
	}

	/**
	 * Decoded pixels a band of the original holds at most (about 12 MB as the 3 bytes a
	 * pixel of a JPEG, 16 MB with transparency). Each band after the first decodes the
	 * rows above it again (a JPEG or PNG decoder cannot start in the middle), so fewer,
	 * larger bands cost less CPU: a 24-megapixel original is read in 6 bands.
	 */
	static final int BAND_PIXELS = 4_000_000;

	/** Rows turned into RGB at a time, from a decoded band. */
	private static final int STRIP_ROWS = 32;

	/**
	 * The whole picture, upright, in opaque RGB (transparency over white), at
	 * {@code width} × {@code height} (upright, no larger than the picture): the stored
	 * pixels are read in bands of rows ({@link #BAND_PIXELS}) and averaged down as they
	 * come ({@link Reduction}), so that only one band and the result are ever held. An
	 * original more than twice as large as wanted each way is also decoded subsampled
	 * (every second pixel or more), keeping at least twice the pixels wanted.
	 */
	static BufferedImage reduced(byte[] original, Original picture, int width, int height) throws IOException {
		int orientation = picture.orientation();
		boolean quarter = orientation >= 5 && orientation <= 8;
		int storedWidth = picture.storedWidth();
		int storedHeight = picture.storedHeight();
		int newWidth = quarter ? height : width;
		int newHeight = quarter ? width : height;
		int k = subsampling(storedWidth, storedHeight, newWidth, newHeight);
		int decodedWidth = Math.ceilDiv(storedWidth, k);
		int decodedHeight = Math.ceilDiv(storedHeight, k);
		Reduction reduction = new Reduction(decodedWidth, decodedHeight, newWidth, newHeight);
		// Bands of equal height (a last band of a few rows would decode the whole
		// picture again for them).
		long bands = Math.ceilDiv((long) decodedWidth * decodedHeight, BAND_PIXELS);
		int bandRows = k * Math.max(STRIP_ROWS, Math.ceilDiv(decodedHeight, (int) bands));
		BufferedImage strip = new BufferedImage(decodedWidth, STRIP_ROWS, BufferedImage.TYPE_INT_RGB);
		int[] stripPixels = ((DataBufferInt) strip.getRaster().getDataBuffer()).getData();
		ImageReader reader = Inspection.reader(picture.format());
		try (ImageInputStream in = new ByteArrayImageInputStream(original)) {
			// Not forward only: each band reads the picture from its start again.
			reader.setInput(in, false, true);
			for (int y = 0; y < storedHeight; y += bandRows) {
				ImageReadParam param = reader.getDefaultReadParam();
				param.setSourceRegion(new Rectangle(0, y, storedWidth, Math.min(bandRows, storedHeight - y)));
				param.setSourceSubsampling(k, k, 0, 0);
				BufferedImage band = reader.read(0, param);
				if (band.getWidth() != decodedWidth) {
					throw new IOException("band of " + band.getWidth() + " pixels, " + decodedWidth + " expected");
				}
				feed(band, strip, stripPixels, reduction);
			}
		}
		finally {
			reader.dispose();
		}
		return upright(reduction.result(), orientation);
	}

	/**
	 * How far an original may be subsampled as it is decoded: the largest step that still
	 * leaves at least twice the pixels wanted each way (1 when none does).
	 */
	static int subsampling(int storedWidth, int storedHeight, int width, int height) {
		return Math.max(1, Math.min(storedWidth / (2 * width), storedHeight / (2 * height)));
	}

	/**
	 * Gives a decoded band's rows to the reduction, a strip at a time drawn in opaque RGB
	 * (the colour model the decoder chose left behind, as {@link #upright} does).
	 */
	private static void feed(BufferedImage band, BufferedImage strip, int[] stripPixels, Reduction reduction) {
		int width = band.getWidth();
		boolean opaque = band.getTransparency() == Transparency.OPAQUE;
		for (int top = 0; top < band.getHeight(); top += STRIP_ROWS) {
			int rows = Math.min(STRIP_ROWS, band.getHeight() - top);
			Graphics2D g = strip.createGraphics();
			try {
				if (!opaque) {
					g.setColor(Color.WHITE);
					g.fillRect(0, 0, width, rows);
				}
				g.drawImage(band.getSubimage(0, top, width, rows), 0, 0, null);
			}
			finally {
				g.dispose();
			}
			for (int i = 0; i < rows; i++) {
				reduction.accept(stripPixels, i * width);
			}
		}
	}

	/**
	 * Makes one rendition from the picture's master (call in a slot): a JPEG with the
	 * rights fields, or the JPEG a WebP is made from.
	 * @param master the master's bytes (see {@link #master})
	 * @param picture the picture (its size, focal point and rights)
	 * @param rendition the crop and width wanted
	 */
	byte[] develop(byte[] master, Original picture, Rendition rendition) throws IOException {
		PictureRef ref = picture.ref();
		int[] size = masterSize(ref.width(), ref.height());
		Original upright = new Original(
				new PictureRef(ref.id(), ref.version(), size[0], size[1], ref.focusX(), ref.focusY()), Format.JPEG,
				size[0], size[1], 1, picture.rights());
		int height = rendition.crop().heightAt(rendition.width(), ref.width(), ref.height());
		BufferedImage pixels = pixels(master, upright, rendition.crop(), rendition.width(), height);
		if (rendition.format() == Rendition.Format.WEBP) {
			// The WebP encoder's input: nearly lossless, and no words (WebP renditions
			// carry none, see WebpEncoder).
			return jpeg(pixels, Rights.NONE, 0.95f);
		}
		return jpeg(pixels, picture.rights(), settings.jpegQuality());
	}

	/**
	 * The pixels of a crop, upright, at {@code width} × {@code height}, in RGB: only the
	 * crop's region of the stored pixels is decoded, subsampled as far as leaves twice
	 * the pixels wanted.
	 */
	BufferedImage pixels(byte[] original, Original picture, Crop crop, int width, int height) throws IOException {
		PictureRef ref = picture.ref();
		int cropWidth = crop.widestIn(ref.width(), ref.height());
		int cropHeight = Math.min(ref.height(), crop.heightAt(cropWidth, ref.width(), ref.height()));
		int x = around(ref.focusX(), ref.width(), cropWidth);
		int y = around(ref.focusY(), ref.height(), cropHeight);
		Rectangle upright = new Rectangle(x, y, cropWidth, cropHeight);
		Rectangle stored = stored(upright, picture.orientation(), picture.storedWidth(), picture.storedHeight());
		int k = Math.max(1, cropWidth / (2 * width));
		BufferedImage region;
		try (ImageInputStream in = new ByteArrayImageInputStream(original)) {
			ImageReader reader = Inspection.reader(picture.format());
			try {
				reader.setInput(in, true, true);
				ImageReadParam param = reader.getDefaultReadParam();
				param.setSourceRegion(stored);
				param.setSourceSubsampling(k, k, 0, 0);
				region = reader.read(0, param);
			}
			finally {
				reader.dispose();
			}
		}
		BufferedImage upright2 = upright(region, picture.orientation());
		return Thumbnails.of(upright2).forceSize(width, height).asBufferedImage();
	}

	/** The start of a span of {@code span} around a point at {@code thousandths}. */
	static int around(int thousandths, int whole, int span) {
		int centre = (int) ((long) thousandths * whole / 1000);
		return Math.max(0, Math.min(whole - span, centre - span / 2));
	}

	/**
	 * The rectangle of the stored (unrotated) pixels that shows as {@code r} once the
	 * EXIF orientation is applied (CIPA DC-008, tag 0x0112).
	 */
	static Rectangle stored(Rectangle r, int orientation, int storedWidth, int storedHeight) {
		int sw = storedWidth;
		int sh = storedHeight;
		return switch (orientation) {
			case 2 -> new Rectangle(sw - r.x - r.width, r.y, r.width, r.height);
			case 3 -> new Rectangle(sw - r.x - r.width, sh - r.y - r.height, r.width, r.height);
			case 4 -> new Rectangle(r.x, sh - r.y - r.height, r.width, r.height);
			case 5 -> new Rectangle(r.y, r.x, r.height, r.width);
			case 6 -> new Rectangle(r.y, sh - r.x - r.width, r.height, r.width);
			case 7 -> new Rectangle(sw - r.y - r.height, sh - r.x - r.width, r.height, r.width);
			case 8 -> new Rectangle(sw - r.y - r.height, r.x, r.height, r.width);
			default -> new Rectangle(r);
		};
	}

	/**
	 * The pixels turned upright and drawn in opaque RGB (transparency over white), which
	 * also leaves behind whatever colour model the decoder chose (CMYK is converted by
	 * the TwelveMonkeys reader).
	 */
	static BufferedImage upright(BufferedImage image, int orientation) {
		if (orientation <= 1
				&& (image.getType() == BufferedImage.TYPE_3BYTE_BGR || image.getType() == BufferedImage.TYPE_INT_RGB)) {
			// Already upright and opaque RGB (most JPEGs): a copy would hold the pixels
			// twice, 96 MB more for a 24-megapixel photo's master.
			return image;
		}
		int a = image.getWidth();
		int b = image.getHeight();
		boolean quarter = orientation >= 5 && orientation <= 8;
		AffineTransform turn = switch (orientation) {
			case 2 -> new AffineTransform(-1, 0, 0, 1, a, 0);
			case 3 -> new AffineTransform(-1, 0, 0, -1, a, b);
			case 4 -> new AffineTransform(1, 0, 0, -1, 0, b);
			case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
			case 6 -> new AffineTransform(0, 1, -1, 0, b, 0);
			case 7 -> new AffineTransform(0, -1, -1, 0, b, a);
			case 8 -> new AffineTransform(0, -1, 1, 0, 0, a);
			default -> new AffineTransform();
		};
		BufferedImage out = new BufferedImage(quarter ? b : a, quarter ? a : b, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, out.getWidth(), out.getHeight());
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
			g.drawImage(image, turn, null);
		}
		finally {
			g.dispose();
		}
		return out;
	}

	/**
	 * The pixels as a baseline JPEG (JFIF only), then the rights fields as an IPTC block
	 * (IIM 4.2 datasets 2:80 By-line, 2:110 Credit, 2:116 Copyright Notice, 2:120
	 * Caption/Abstract, in UTF-8).
	 */
	static byte[] jpeg(BufferedImage pixels, Rights rights, float quality) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(quality);
			writer.write(null, new IIOImage(pixels, null, null), param);
		}
		finally {
			writer.dispose();
		}
		if (rights.isEmpty()) {
			return bytes.toByteArray();
		}
		List<IptcRecord> records = new ArrayList<>();
		add(records, IptcTypes.BYLINE, rights.creator());
		add(records, IptcTypes.CREDIT, rights.credit());
		add(records, IptcTypes.COPYRIGHT_NOTICE, rights.copyright());
		add(records, IptcTypes.CAPTION_ABSTRACT, rights.caption());
		ByteArrayOutputStream written = new ByteArrayOutputStream(bytes.size() + 4096);
		try {
			new JpegIptcRewriter().writeIptc(bytes.toByteArray(), written,
					new PhotoshopApp13Data(records, List.of(), true));
		}
		catch (org.apache.commons.imaging.ImagingException ex) {
			throw new IOException(ex);
		}
		return written.toByteArray();
	}

	/**
	 * One IPTC dataset. IIM advises lengths for some (By-line 32, Credit 32, Copyright
	 * 128 bytes): longer values are kept whole anyway, as cutting a name or a notice
	 * would misattribute the picture.
	 */
	private static void add(List<IptcRecord> records, IptcTypes type, String value) {
		if (!value.isEmpty()) {
			records.add(new IptcRecord(type, value));
		}
	}

	/**
	 * A stored picture as the darkroom needs it.
	 *
	 * @param ref size (upright) and focal point
	 * @param format the original's format
	 * @param storedWidth the stored width (before orientation)
	 * @param storedHeight the stored height
	 * @param orientation EXIF orientation, 1 to 8
	 * @param rights the rights fields to write
	 */
	record Original(PictureRef ref, Format format, int storedWidth, int storedHeight, int orientation, Rights rights) {
	}

}
