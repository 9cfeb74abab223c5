package org.kiosque.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kiosque.support.DatabaseAvailable;
import org.kiosque.support.KiosqueNode;
import org.kiosque.support.NodesOnOneDatabase;

/**
 * Two nodes on one PostgreSQL, each with its own data directory: a picture uploaded on
 * one is served by the other (the original is read from the database, the rendition made
 * on that node's disk), and a focal point moved on the second gives an address the first
 * serves at once.
 */
@ExtendWith(DatabaseAvailable.class)
@Tag("database")
class PicturesAcrossNodesTests {

	@RegisterExtension
	static final NodesOnOneDatabase NODES = new NodesOnOneDatabase("pictures_nodes");

	@Test
	void aPictureUploadedOnOneNodeIsServedByTheOther() throws Exception {
		assumeThat(KiosqueNode.onPostgres())
			.as("two nodes need a shared PostgreSQL: this test runs in the postgres-tests execution")
			.isTrue();
		try (KiosqueNode one = NODES.start("one"); KiosqueNode two = NODES.start("two")) {
			LibraryClient desk = new LibraryClient(one.context, one.port);
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
			assertThat(NODES.dataDir("two").resolve("media/renditions/" + id)).isDirectory();
			assertThat(NODES.dataDir("one").resolve("media/renditions/" + id)).doesNotExist();

			// The first node has just read this picture's version; a change on the second
			// gives a new address, which the first serves without waiting.
			assertThat(LibraryClient.fetch(one.port, path, Map.of()).statusCode()).isEqualTo(200);
			PictureRef moved = two.bean(Pictures.class).focus(id, 100, 100).orElseThrow();
			String newPath = moved.rendition(Crop.WIDE, 960, Rendition.Format.JPEG).path();
			assertThat(newPath).isNotEqualTo(path);
			assertThat(LibraryClient.fetch(one.port, newPath, Map.of()).statusCode()).isEqualTo(200);
		}
	}

}
