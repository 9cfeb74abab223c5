package org.kiosque.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kiosque.support.ExiftoolAvailable;
import org.kiosque.support.Browser;
import org.kiosque.support.HtmlChecker;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The newsroom's media library over HTTP: staff only, an upload lands on the picture's
 * page (valid HTML), the grid finds it by credit or file name, the words and the focal
 * point are edited through plain forms (CSRF), a used picture cannot be deleted (409), an
 * unused one can, and the original is the newsroom's alone.
 */
@KiosqueTest
class MediaLibraryTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Pictures pictures;

	LibraryClient desk;

	@BeforeEach
	void signIn() {
		desk = new LibraryClient(context, port);
	}

	@Test
	void strangersAreSentToSignIn() throws Exception {
		Browser stranger = new Browser(port);
		assertThat(stranger.get(MediaLibrary.PATH).status()).isEqualTo(302);
		PictureRef ref = pictures.upload("secret.jpg", PictureFiles.jpeg(PictureFiles.redOverBlue(400, 300), false),
				null);
		HttpResponse<byte[]> original = LibraryClient.fetch(port, MediaLibrary.PATH + "/" + ref.id() + "/original",
				Map.of());
		assertThat(original.statusCode()).isEqualTo(302);
	}

	@Test
	@ExtendWith(ExiftoolAvailable.class)
	void anUploadedPictureIsFoundDescribedFocusedAndItsOriginalKept() throws Exception {
		String credit = "Studio Lumière " + System.nanoTime();
		byte[] photo = PictureFiles.exiftool(PictureFiles.jpeg(PictureFiles.redOverBlue(1200, 800), false),
				java.nio.file.Files.createTempDirectory("media"), "-IPTC:Credit=" + credit, "-charset", "iptc=UTF8",
				"-IPTC:CodedCharacterSet=UTF8");
		String fileName = "quai-" + System.nanoTime() + ".jpg";
		HttpResponse<String> answer = desk.upload(fileName, photo);
		assertThat(answer.statusCode()).isEqualTo(302);
		long id = LibraryClient.uploadedId(answer);
		String page = MediaLibrary.PATH + "/" + id;

		Browser browser = desk.browser();
		Browser.Page shown = browser.get(page);
		assertThat(shown.status()).isEqualTo(200);
		assertThat(HtmlChecker.errors(shown.body())).isEmpty();
		Document html = shown.html();
		assertThat(html.selectFirst("#focus-picture").attr("src")).startsWith("/media/" + id + "/");
		assertThat(html.selectFirst("#credit").attr("value")).isEqualTo(credit);
		assertThat(html.select("form.media-focus, form.media-rights, form.media-delete")).hasSize(3)
			.allSatisfy(form -> assertThat(form.select("input[name=_csrf]")).hasSize(1));

		Browser.Page library = browser.get(MediaLibrary.PATH + "?q=" + java.net.URLEncoder
			.encode(credit.toUpperCase(java.util.Locale.ROOT), java.nio.charset.StandardCharsets.UTF_8));
		assertThat(HtmlChecker.errors(library.body())).isEmpty();
		assertThat(library.html().select(".media-grid a")).extracting(a -> a.attr("href")).containsExactly(page);
		assertThat(browser.get(MediaLibrary.PATH + "?q=" + fileName).html().select(".media-grid a")).hasSize(1);
		assertThat(browser.get(MediaLibrary.PATH + "?q=absent-" + System.nanoTime()).html().select(".media-grid a"))
			.isEmpty();
		assertThat(browser.get(MediaLibrary.PATH + "?q=%25").status()).isEqualTo(200);

		String version = pictures.find(id).orElseThrow().version();
		Browser.Page described = browser.submit(page, "form.media-rights", Map.of("caption",
				"Le quai\u0007 sous la pluie", "credit", credit, "creator", "Ana Rives", "copyright", "© Ana Rives"));
		assertThat(described.status()).isEqualTo(302);
		PictureDetails details = pictures.details(id).orElseThrow();
		assertThat(details.rights()).isEqualTo(new Rights("Le quai sous la pluie", credit, "Ana Rives", "© Ana Rives"));
		assertThat(details.ref().version()).as("served JPEGs carry the words").isNotEqualTo(version);

		Browser.Page focused = browser.submit(page, "form.media-focus", Map.of("x", "120", "y", "880"));
		assertThat(focused.status()).isEqualTo(302);
		assertThat(pictures.find(id).orElseThrow()).extracting(PictureRef::focusX, PictureRef::focusY)
			.containsExactly(120, 880);
		assertThat(browser.submit(page, "form.media-focus", Map.of("x", "beaucoup", "y", "1")).status()).isEqualTo(400);

		HttpResponse<byte[]> original = desk.fetchSignedIn(page + "/original");
		assertThat(original.statusCode()).isEqualTo(200);
		assertThat(original.body()).isEqualTo(photo);
		assertThat(original.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
	}

	@Test
	void aUsedPictureIsKeptAndAnUnusedOneDeleted() throws Exception {
		PictureRef ref = pictures.upload("une.jpg", PictureFiles.jpeg(PictureFiles.redOverBlue(700, 500), false), null);
		String page = MediaLibrary.PATH + "/" + ref.id();
		String rendition = ref.rendition(Crop.FULL, 640, Rendition.Format.JPEG).path();
		assertThat(LibraryClient.fetch(port, rendition, Map.of()).statusCode()).isEqualTo(200);
		Browser browser = desk.browser();
		String token = browser.get(page).html().selectFirst("form.media-delete input[name=_csrf]").attr("value");
		UsesForTests.use(ref.id(), new PictureUses.Use("La une du jour", "/newsroom/articles/1"));
		try {
			Browser.Page used = browser.get(page);
			assertThat(used.html().select(".media-uses a")).extracting(a -> a.text()).containsExactly("La une du jour");
			assertThat(used.html().select("form.media-delete")).isEmpty();
			Browser.Page refused = browser.post(page + "/delete", Map.of("_csrf", token));
			assertThat(refused.status()).isEqualTo(409);
			assertThat(refused.body()).contains("utilisée par un article");
			assertThat(pictures.find(ref.id())).isPresent();
		}
		finally {
			UsesForTests.release(ref.id());
		}
		Browser.Page deleted = browser.submit(page, "form.media-delete", Map.of());
		assertThat(deleted.status()).isEqualTo(302);
		assertThat(pictures.find(ref.id())).isEmpty();
		assertThat(browser.get(page).status()).isEqualTo(404);
		assertThat(LibraryClient.fetch(port, rendition, Map.of()).statusCode()).isEqualTo(404);
	}

}
