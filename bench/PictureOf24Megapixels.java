import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * bench/pictures.sh's camera: a 6000 × 4000 JPEG (24 megapixels) at quality 0.92, with
 * gradients, shapes and grain so that it compresses like a photo (8 to 15 MB), not like a
 * flat colour. Run with the JDK's source launcher: java bench/PictureOf24Megapixels.java OUT,
 * or OUT WIDTH HEIGHT for another size (bench/masters.sh's SIZE: 8660 5773 is 50 megapixels).
 */
public class PictureOf24Megapixels {

	public static void main(String[] args) throws Exception {
		int width = args.length > 2 ? Integer.parseInt(args[1]) : 6000;
		int height = args.length > 2 ? Integer.parseInt(args[2]) : 4000;
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setPaint(new GradientPaint(0, 0, new Color(30, 90, 160), width, height, new Color(240, 200, 120)));
		g.fillRect(0, 0, width, height);
		Random random = new Random(24);
		for (int i = 0; i < 400; i++) {
			g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 120));
			g.fillOval(random.nextInt(width), random.nextInt(height), 50 + random.nextInt(600), 50 + random.nextInt(600));
		}
		g.dispose();
		int[] row = new int[width];
		for (int y = 0; y < height; y++) {
			image.getRGB(0, y, width, 1, row, 0, width);
			for (int x = 0; x < width; x++) {
				int grain = random.nextInt(25) - 12;
				int r = clamp(((row[x] >> 16) & 0xFF) + grain);
				int gr = clamp(((row[x] >> 8) & 0xFF) + grain);
				int b = clamp((row[x] & 0xFF) + grain);
				row[x] = (r << 16) | (gr << 8) | b;
			}
			image.setRGB(0, y, width, 1, row, 0, width);
		}
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(new File(args[0]))) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.92f);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		writer.dispose();
	}

	private static int clamp(int v) {
		return Math.max(0, Math.min(255, v));
	}

}
