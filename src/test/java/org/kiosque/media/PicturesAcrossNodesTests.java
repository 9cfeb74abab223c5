package org.kiosque.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.kiosque.support.KiosqueNode;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.SecondNode;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Two nodes on one PostgreSQL, each with its own data directory: a picture uploaded on
 * one is served by the other (the original is read from the database, the rendition made
 * on that node's disk), and a focal point moved on the second gives an address the first
 * serves at once.
 */
@KiosqueTest
class PicturesAcrossNodesTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void aPictureUploadedOnOneNodeIsServedByTheOther() throws Exception {
		assumeThat(KiosqueNode.onPostgres())
			.as("two nodes need a shared PostgreSQL: this test runs in the postgres-tests execution")
			.isTrue();
		KiosqueNode two = SecondNode.beside(context);
		LibraryClient desk = new LibraryClient(context, port);
		Instant uploaded = Instant.now().minusSeconds(1);
		HttpResponse<String> answer = desk.upload("deux-noeuds.jpg",
				PictureFiles.jpeg(PictureFiles.redOverBlue(1300, 900), false));
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
		long id = LibraryClient.uploadedId(answer);

		PictureRef onTwo = two.bean(Pictures.class).find(id).orElseThrow();
		String path = onTwo.rendition(Crop.WIDE, 960, Rendition.Format.JPEG).path();
		HttpResponse<byte[]> served = LibraryClient.fetch(two.port, path, Map.of());
		assertThat(served.statusCode()).isEqualTo(200);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(served.body()));
		assertThat(image.getWidth()).isEqualTo(960);
		assertThat(image.getHeight()).isEqualTo(540);
		assertThat(SecondNode.dataDir().resolve("media/renditions/" + id)).isDirectory();
		// The first node made nothing of it (its data directory outlives a run: a folder
		// of the same number from the H2 run is older than the upload).
		Path onOne = Path.of(context.getEnvironment().getRequiredProperty("kiosque.data-dir"))
			.resolve("media/renditions/" + id);
		assertThat(!Files.exists(onOne) || Files.getLastModifiedTime(onOne).toInstant().isBefore(uploaded))
			.as("no rendition made on the first node, %s", onOne)
			.isTrue();

		// The first node has just read this picture's version; a change on the second
		// gives a new address, which the first serves without waiting.
		assertThat(LibraryClient.fetch(port, path, Map.of()).statusCode()).isEqualTo(200);
		PictureRef moved = two.bean(Pictures.class).focus(id, 100, 100).orElseThrow();
		String newPath = moved.rendition(Crop.WIDE, 960, Rendition.Format.JPEG).path();
		assertThat(newPath).isNotEqualTo(path);
		assertThat(LibraryClient.fetch(port, newPath, Map.of()).statusCode()).isEqualTo(200);
	}

}
