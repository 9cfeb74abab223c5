package org.kiosque.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

/** Pictures made for a test: real JPEG and PNG files, written by the JDK's encoders. */
public final class SamplePictures {

	private SamplePictures() {
	}

	/** A JPEG of that size: a sky over a field, a red square left of centre. */
	public static byte[] jpeg(int width, int height) {
		return encode(width, height, "jpg");
	}

	/** A PNG of that size, drawn as {@link #jpeg}. */
	public static byte[] png(int width, int height) {
		return encode(width, height, "png");
	}

	/**
	 * Writes IPTC caption and credit into a picture file with exiftool (see
	 * {@link ExiftoolAvailable}), as a photo desk's software does.
	 */
	public static void withIptc(Path file, String caption, String credit) {
		List<String> command = new ArrayList<>(List.of(ExiftoolAvailable.EXIFTOOL.toString(), "-q",
				"-overwrite_original", "-charset", "iptc=UTF8", "-IPTC:CodedCharacterSet=UTF8",
				"-IPTC:Caption-Abstract=" + caption, "-IPTC:Credit=" + credit, file.toString()));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes());
			if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException("exiftool failed: " + output);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Writes {@code bytes} to {@code file}, returning it. */
	public static Path write(Path file, byte[] bytes) {
		try {
			return Files.write(file, bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] encode(int width, int height, String format) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(120, 170, 220));
		g.fillRect(0, 0, width, height / 2);
		g.setColor(new Color(90, 140, 60));
		g.fillRect(0, height / 2, width, height - height / 2);
		g.setColor(Color.RED);
		g.fillRect(width / 4, height / 3, width / 8, height / 4);
		g.dispose();
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
