package org.kiosque.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

class LiveSpotTests {

	private static final String TAG = "<span class=\"read-count\">";

	@Test
	void theLiveTextGoesBetweenTheTwoHalvesOfThePage() throws IOException {
		LiveSpot spot = LiveSpot.cut(bytes("<p>Nombre de lectures : " + TAG + "66</span> fois</p>"), TAG);

		assertThat(plain(spot, "1\u202f204"))
			.isEqualTo("<p>Nombre de lectures : " + TAG + "1\u202f204</span> fois</p>");
		assertThat(gunzip(spot, "1\u202f204")).isEqualTo(plain(spot, "1\u202f204"));
	}

	@Test
	void aPageWithoutTheTagOrWithItTwiceOrUnclosedIsNotCut() {
		assertThat(LiveSpot.cut(bytes("<p>66</p>"), TAG)).isNull();
		assertThat(LiveSpot.cut(bytes(TAG + "1</span>" + TAG + "2</span>"), TAG)).isNull();
		assertThat(LiveSpot.cut(bytes("<p>" + TAG + "66"), TAG)).isNull();
	}

	@Test
	void anyPageAndAnyLiveTextMakeAGzipStreamThatReadsAsThePlainPage() throws IOException {
		Random random = new Random(20261129);
		for (int round = 0; round < 100; round++) {
			String before = text(random, random.nextInt(round < 10 ? 10 : 20_000));
			String after = text(random, random.nextInt(round < 10 ? 10 : 20_000));
			String live = text(random, random.nextInt(40));
			LiveSpot spot = LiveSpot.cut(bytes(before + TAG + "x</span>" + after), TAG);

			assertThat(plain(spot, live)).isEqualTo(before + TAG + live + "</span>" + after);
			assertThat(gunzip(spot, live)).as("round %d", round).isEqualTo(plain(spot, live));
			assertThat(spot.gzipLength(bytes(live))).isEqualTo(gzipped(spot, live).length);
		}
	}

	@Test
	void aWholePageIsServedAsItWasMade() throws IOException {
		LiveSpot spot = LiveSpot.whole(bytes("<!DOCTYPE html><title>Accueil</title>"));
		assertThat(plain(spot, "")).isEqualTo("<!DOCTYPE html><title>Accueil</title>");
		assertThat(gunzip(spot, "")).isEqualTo("<!DOCTYPE html><title>Accueil</title>");
	}

	private static String plain(LiveSpot spot, String live) throws IOException {
		var out = new ByteArrayOutputStream();
		spot.write(bytes(live), out);
		assertThat(out.size()).isEqualTo(spot.length(bytes(live)));
		return out.toString(StandardCharsets.UTF_8);
	}

	private static byte[] gzipped(LiveSpot spot, String live) throws IOException {
		var out = new ByteArrayOutputStream();
		spot.writeGzip(bytes(live), out);
		return out.toByteArray();
	}

	private static String gunzip(LiveSpot spot, String live) throws IOException {
		try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped(spot, live)))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** Text with repeats (as a page has) and letters from past ASCII. */
	private static String text(Random random, int length) {
		String alphabet = "abcdef <>/=\"éà\u202f€lectures";
		StringBuilder text = new StringBuilder(length);
		while (text.length() < length) {
			if (text.length() > 20 && random.nextInt(4) == 0) {
				int from = random.nextInt(text.length() - 10);
				text.append(text, from, from + 10);
			}
			else {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
		}
		return text.toString().replace(TAG, "");
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
