package org.kiosque.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.kiosque.support.ExiftoolAvailable;

import tools.jackson.databind.json.JsonMapper;

/**
 * Real picture files made for the tests: drawn with Java2D, encoded with ImageIO, their
 * metadata written by exiftool (as a camera and an agency's software would), read back
 * with exiftool.
 */
final class PictureFiles {

	static final String EXIFTOOL = ExiftoolAvailable.EXIFTOOL.toString();

	private PictureFiles() {
	}

	/** Four quarters: red, green above blue, yellow (which way up a picture is). */
	static BufferedImage quarters(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.RED);
		g.fillRect(0, 0, width / 2, height / 2);
		g.setColor(Color.GREEN);
		g.fillRect(width / 2, 0, width - width / 2, height / 2);
		g.setColor(Color.BLUE);
		g.fillRect(0, height / 2, width / 2, height - height / 2);
		g.setColor(Color.YELLOW);
		g.fillRect(width / 2, height / 2, width - width / 2, height - height / 2);
		g.dispose();
		return image;
	}

	/**
	 * A picture whose top half is red and bottom half blue, with a distinct noise so that
	 * each one has its own fingerprint.
	 */
	static BufferedImage redOverBlue(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(220, 20, 20));
		g.fillRect(0, 0, width, height / 2);
		g.setColor(new Color(20, 20, 220));
		g.fillRect(0, height / 2, width, height - height / 2);
		g.dispose();
		long seed = System.nanoTime();
		for (int i = 0; i < 64; i++) {
			seed = seed * 6364136223846793005L + 1442695040888963407L;
			int x = (int) ((seed >>> 33) % width);
			image.setRGB(x, 0, (int) seed & 0xFFFFFF);
		}
		return image;
	}

	/**
	 * Colour gradients under a fine noise, as a photo's detail: every row differs, so
	 * that the file compresses as poorly as a photo's and a decoder cut short runs out of
	 * data in the middle of the pixels.
	 */
	static BufferedImage grain(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		long seed = 42;
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				seed = seed * 6364136223846793005L + 1442695040888963407L;
				int noise = (int) ((seed >>> 58) & 15);
				int red = (x * 255 / width + noise) & 0xFF;
				int green = (y * 255 / height + noise) & 0xFF;
				int blue = ((x + y) * 255 / (width + height)) & 0xFF;
				image.setRGB(x, y, red << 16 | green << 8 | blue);
			}
		}
		return image;
	}

	static byte[] jpeg(BufferedImage image, boolean progressive) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			if (progressive) {
				param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
			}
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	static byte[] png(BufferedImage image) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(image, "png", bytes);
		return bytes.toByteArray();
	}

	/** Runs exiftool on a copy of {@code picture} with those arguments; the new bytes. */
	/**
	 * {@code image} as a camera in Paris would file it: a JPEG stored on its side (EXIF
	 * orientation 6: shown turned a quarter clockwise) with the GPS position of Paris,
	 * plus the exiftool {@code tags} given.
	 */
	static byte[] onItsSideInParis(BufferedImage image, Path folder, String... tags) throws Exception {
		List<String> arguments = new ArrayList<>(List.of("-EXIF:Orientation#=6", "-GPSLatitude=48.8566",
				"-GPSLatitudeRef=N", "-GPSLongitude=2.3522", "-GPSLongitudeRef=E"));
		arguments.addAll(List.of(tags));
		return exiftool(jpeg(image, false), folder, arguments.toArray(String[]::new));
	}

	static byte[] exiftool(byte[] picture, Path folder, String... arguments) throws Exception {
		Path file = Files.createTempFile(folder, "picture-", ".jpg");
		Files.write(file, picture);
		List<String> command = new ArrayList<>(List.of(EXIFTOOL, "-q", "-overwrite_original"));
		command.addAll(List.of(arguments));
		command.add(file.toString());
		run(command);
		return Files.readAllBytes(file);
	}

	/**
	 * Every tag exiftool finds in {@code picture}, by group and name
	 * ({@code GPS:GPSLatitude}).
	 */
	@SuppressWarnings("unchecked")
	static Map<String, Object> tags(byte[] picture, Path folder) throws Exception {
		Path file = Files.createTempFile(folder, "served-", ".bin");
		Files.write(file, picture);
		String json = run(List.of(EXIFTOOL, "-j", "-a", "-u", "-G1", "-n", file.toString()));
		List<Map<String, Object>> all = JsonMapper.builder().build().readValue(json, List.class);
		return all.get(0);
	}

	private static String run(List<String> command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException("exiftool failed: " + out);
		}
		return out;
	}

	/**
	 * A CMYK JPEG (four components, Adobe APP14, as print workflows and agencies send):
	 * the left half pure cyan ink, the right half pure yellow ink.
	 */
	static byte[] cmykJpeg(int width, int height) throws IOException {
		java.awt.image.WritableRaster raster = java.awt.image.Raster
			.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE, width, height, 4, null);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				boolean left = x < width / 2;
				// Adobe CMYK JPEGs store inverted ink values: 255 means no ink.
				raster.setPixel(x, y, new int[] { left ? 0 : 255, 255, left ? 255 : 0, 255 });
			}
		}
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			writer.write(null, new IIOImage(raster, null, null), writer.getDefaultWriteParam());
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	/** A picture whose left half is green and right half red. */
	static BufferedImage greenBesideRed(int width, int height) {
		BufferedImage image = redOverBlue(width, height);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(20, 200, 20));
		g.fillRect(0, 0, width / 2, height);
		g.setColor(new Color(220, 20, 20));
		g.fillRect(width / 2, 0, width - width / 2, height);
		g.dispose();
		return image;
	}

	/**
	 * A PNG of a few hundred bytes whose header declares {@code width} × {@code height}
	 * pixels (a decompression bomb: one row of zeros, compressed, then nothing).
	 */
	static byte[] pngDeclaring(int width, int height) throws IOException {
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		png.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(13);
		ihdr.putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
		chunk(png, "IHDR", ihdr.array());
		ByteArrayOutputStream zipped = new ByteArrayOutputStream();
		try (java.util.zip.DeflaterOutputStream z = new java.util.zip.DeflaterOutputStream(zipped)) {
			z.write(new byte[4096]);
		}
		chunk(png, "IDAT", zipped.toByteArray());
		chunk(png, "IEND", new byte[0]);
		return png.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
		java.util.zip.CRC32 crc = new java.util.zip.CRC32();
		byte[] name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		crc.update(name);
		crc.update(data);
		png.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
		png.writeBytes(name);
		png.writeBytes(data);
		png.writeBytes(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	/**
	 * A real JPEG whose frame header (SOF) is changed to declare {@code width} ×
	 * {@code height}: the few kilobytes of a small picture claiming billions of pixels.
	 */
	static byte[] jpegDeclaring(int width, int height) throws IOException {
		byte[] jpeg = jpeg(redOverBlue(64, 64), false);
		for (int i = 2; i < jpeg.length - 9; i++) {
			if ((jpeg[i] & 0xFF) == 0xFF && ((jpeg[i + 1] & 0xFF) == 0xC0 || (jpeg[i + 1] & 0xFF) == 0xC2)) {
				jpeg[i + 5] = (byte) (height >> 8);
				jpeg[i + 6] = (byte) height;
				jpeg[i + 7] = (byte) (width >> 8);
				jpeg[i + 8] = (byte) width;
				return jpeg;
			}
		}
		throw new IllegalStateException("no SOF marker");
	}

}
