package org.kiosque.media;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;

/**
 * A picture made smaller by area averaging (a box filter over each new pixel's footprint,
 * fractional at its edges), fed its source one row at a time, top to bottom: only the new
 * picture and one row of sums are held, never the source whole. Each new pixel is the
 * mean of the source pixels it covers, weighted by how much of each it covers, so fine
 * detail is averaged rather than skipped (no aliasing, unlike a nearest or bilinear
 * sample of a picture reduced by more than about 1.5).
 * <p>
 * Rows are opaque RGB ({@code 0xRRGGBB}, as {@link BufferedImage#TYPE_INT_RGB} holds
 * them); the result is a {@code TYPE_3BYTE_BGR} picture (3 bytes a pixel, what a JPEG
 * decoder gives).
 */
final class Reduction {

	/** Tolerance for the edges of row footprints (double arithmetic). */
	private static final double EDGE = 1e-9;

	private final int sourceWidth;

	private final int sourceHeight;

	private final int width;

	private final int height;

	/** Source rows per new row. */
	private final double rowSpan;

	/** The first source column under each new column. */
	private final int[] firstColumn;

	/** Most source columns under one new column. */
	private final int taps;

	/** {@code taps} weights a new column, how much of each source column it covers. */
	private final float[] columnWeights;

	/** The sum of each new column's weights (its footprint's width). */
	private final float[] columnSpan;

	/** One source row reduced across, red, green, blue a new column. */
	private final float[] across;

	/** The current new row's sums, red, green, blue a new column. */
	private final float[] sums;

	private double rowWeight;

	private final BufferedImage result;

	private final byte[] pixels;

	/** The next source row expected. */
	private int sourceRow;

	/** The new row being summed. */
	private int row;

	/**
	 * @param sourceWidth the source's width in pixels
	 * @param sourceHeight the source's height
	 * @param width the new width, 1 to {@code sourceWidth}
	 * @param height the new height, 1 to {@code sourceHeight}
	 */
	Reduction(int sourceWidth, int sourceHeight, int width, int height) {
		if (width < 1 || height < 1 || width > sourceWidth || height > sourceHeight) {
			throw new IllegalArgumentException(
					"cannot reduce " + sourceWidth + "x" + sourceHeight + " to " + width + "x" + height);
		}
		this.sourceWidth = sourceWidth;
		this.sourceHeight = sourceHeight;
		this.width = width;
		this.height = height;
		this.rowSpan = (double) sourceHeight / height;
		double columnSpanWidth = (double) sourceWidth / width;
		this.taps = (int) Math.ceil(columnSpanWidth) + 1;
		this.firstColumn = new int[width];
		this.columnWeights = new float[width * taps];
		this.columnSpan = new float[width];
		for (int x = 0; x < width; x++) {
			double start = x * columnSpanWidth;
			double end = (x == width - 1) ? sourceWidth : (x + 1) * columnSpanWidth;
			int first = (int) Math.floor(start);
			firstColumn[x] = first;
			double total = 0;
			for (int t = 0; t < taps && first + t < sourceWidth; t++) {
				double w = Math.min(end, first + t + 1) - Math.max(start, first + t);
				if (w > 0) {
					columnWeights[x * taps + t] = (float) w;
					total += w;
				}
			}
			columnSpan[x] = (float) total;
		}
		this.across = new float[width * 3];
		this.sums = new float[width * 3];
		this.result = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
		this.pixels = ((DataBufferByte) result.getRaster().getDataBuffer()).getData();
	}

	/**
	 * Takes the next source row.
	 * @param rgb pixels as {@code 0xRRGGBB}
	 * @param offset where the row's first pixel is in {@code rgb}; {@code sourceWidth}
	 * pixels follow
	 * @throws IllegalStateException when every source row was given already
	 */
	void accept(int[] rgb, int offset) {
		if (sourceRow >= sourceHeight) {
			throw new IllegalStateException("all " + sourceHeight + " rows were given already");
		}
		reduceAcross(rgb, offset);
		double top = sourceRow;
		double bottom = sourceRow + 1.0;
		while (row < height && top < bottom - EDGE) {
			double edge = (row == height - 1) ? sourceHeight : (row + 1) * rowSpan;
			double part = Math.min(bottom, edge) - top;
			add((float) part);
			top = Math.min(bottom, edge);
			if (edge <= bottom + EDGE) {
				emit();
			}
		}
		sourceRow++;
	}

	/**
	 * The reduced picture.
	 * @throws IllegalStateException when rows are missing
	 */
	BufferedImage result() {
		if (sourceRow < sourceHeight || row < height) {
			throw new IllegalStateException("given " + sourceRow + " of " + sourceHeight + " rows");
		}
		return result;
	}

	private void reduceAcross(int[] rgb, int offset) {
		for (int x = 0; x < width; x++) {
			float r = 0;
			float g = 0;
			float b = 0;
			int first = firstColumn[x];
			int at = x * taps;
			for (int t = 0; t < taps; t++) {
				float w = columnWeights[at + t];
				if (w != 0) {
					int p = rgb[offset + first + t];
					r += w * ((p >> 16) & 0xFF);
					g += w * ((p >> 8) & 0xFF);
					b += w * (p & 0xFF);
				}
			}
			across[x * 3] = r;
			across[x * 3 + 1] = g;
			across[x * 3 + 2] = b;
		}
	}

	private void add(float weight) {
		for (int i = 0; i < sums.length; i++) {
			sums[i] += weight * across[i];
		}
		rowWeight += weight;
	}

	private void emit() {
		int at = row * width * 3;
		for (int x = 0; x < width; x++) {
			float area = (float) (rowWeight * columnSpan[x]);
			pixels[at++] = channel(sums[x * 3 + 2] / area);
			pixels[at++] = channel(sums[x * 3 + 1] / area);
			pixels[at++] = channel(sums[x * 3] / area);
		}
		Arrays.fill(sums, 0);
		rowWeight = 0;
		row++;
	}

	private static byte channel(float value) {
		return (byte) Math.max(0, Math.min(255, Math.round(value)));
	}

}
