package org.kiosque.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.support.ExiftoolAvailable;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A camera's photo with a GPS position, the body's serial number, orientation 6 (taken
 * upright, stored on its side) and an agency's IPTC credit: every rendition Kiosque
 * serves is upright, carries no GPS and no serial number (checked with exiftool and
 * metadata-extractor), and keeps the credit, creator and copyright notice.
 */
@KiosqueTest
@ExtendWith(ExiftoolAvailable.class)
class GpsNeverServedTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Pictures pictures;

	@TempDir
	Path folder;

	@Test
	void aCamerasPhotoIsServedUprightWithItsCreditAndWithoutPositionOrSerial() throws Exception {
		// Stored 1000 wide, 700 high, red on top: shown turned a quarter clockwise, the
		// red
		// is on the right of a picture 700 wide and 1000 high.
		byte[] camera = PictureFiles.onItsSideInParis(PictureFiles.redOverBlue(1000, 700), folder,
				"-EXIF:SerialNumber=CAM-SERIAL-0042", "-EXIF:Make=Kiosque Optics", "-EXIF:Model=K1",
				"-IPTC:Credit=Agence Kiosque Photo", "-IPTC:By-line=Jeanne Déclic",
				"-IPTC:CopyrightNotice=© Agence Kiosque 2026", "-IPTC:Caption-Abstract=Le pont au petit matin",
				"-charset", "iptc=UTF8", "-IPTC:CodedCharacterSet=UTF8");
		Map<String, Object> before = PictureFiles.tags(camera, folder);
		assertThat(before).as("the test photo itself carries what must not be served")
			.containsKeys("GPS:GPSLatitude", "ExifIFD:SerialNumber");

		LibraryClient desk = new LibraryClient(context, port);
		HttpResponse<String> answer = desk.upload("pont.jpg", camera);
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
		long id = LibraryClient.uploadedId(answer);
		PictureDetails picture = pictures.details(id).orElseThrow();
		assertThat(picture.ref().width()).isEqualTo(700);
		assertThat(picture.ref().height()).isEqualTo(1000);
		assertThat(picture.rights()).isEqualTo(
				new Rights("Le pont au petit matin", "Agence Kiosque Photo", "Jeanne Déclic", "© Agence Kiosque 2026"));

		List<String> served = new ArrayList<>();
		for (Crop crop : Crop.values()) {
			for (Rendition.Format format : pictures.formats()) {
				for (int width : picture.ref().widths(crop)) {
					served.add(picture.ref().rendition(crop, width, format).path());
				}
			}
		}
		assertThat(served).hasSizeGreaterThan(4);
		for (String path : served) {
			HttpResponse<byte[]> rendition = LibraryClient.fetch(port, path, Map.of());
			assertThat(rendition.statusCode()).as(path).isEqualTo(200);
			Map<String, Object> tags = PictureFiles.tags(rendition.body(), folder);
			assertThat(tags.keySet()).as("%s: %s", path, tags.keySet())
				.noneMatch(key -> key.startsWith("GPS:") || key.contains("Serial") || key.startsWith("IFD0:")
						|| key.startsWith("ExifIFD:") || key.startsWith("XMP"));
			assertThat(tags.values()).as(path)
				.noneMatch(v -> String.valueOf(v).contains("CAM-SERIAL-0042")
						|| String.valueOf(v).contains("Kiosque Optics"));
			Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(rendition.body()));
			assertThat(metadata.getDirectoriesOfType(GpsDirectory.class)).as(path).isEmpty();
			if (path.endsWith(".jpg")) {
				assertThat(tags).as(path)
					.containsEntry("IPTC:Credit", "Agence Kiosque Photo")
					.containsEntry("IPTC:By-line", "Jeanne Déclic")
					.containsEntry("IPTC:CopyrightNotice", "© Agence Kiosque 2026");
				IptcDirectory iptc = metadata.getFirstDirectoryOfType(IptcDirectory.class);
				assertThat(iptc.getString(IptcDirectory.TAG_CREDIT)).isEqualTo("Agence Kiosque Photo");
			}
		}

		// Upright: the whole picture, once served, is portrait with the red on the right.
		String full = picture.ref().rendition(Crop.FULL, 320, Rendition.Format.JPEG).path();
		BufferedImage shown = ImageIO.read(new ByteArrayInputStream(LibraryClient.fetch(port, full, Map.of()).body()));
		assertThat(shown.getHeight()).isGreaterThan(shown.getWidth());
		assertThat(red(shown.getRGB(shown.getWidth() - 20, shown.getHeight() / 2))).isGreaterThan(150);
		assertThat(red(shown.getRGB(20, shown.getHeight() / 2))).isLessThan(100);
	}

	private static int red(int rgb) {
		return (rgb >> 16) & 0xFF;
	}

}
