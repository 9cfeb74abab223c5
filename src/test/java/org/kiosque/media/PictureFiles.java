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

import tools.jackson.databind.json.JsonMapper;

/**
 * Real picture files made for the tests: drawn with Java2D, encoded with ImageIO, their
 * metadata written by exiftool (as a camera and an agency's software would), read back
 * with exiftool.
 */
final class PictureFiles {

	static final String EXIFTOOL = "/usr/bin/exiftool";

	private PictureFiles() {
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

}
