package org.kiosque.author;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.kiosque.account.People;
import org.kiosque.account.Person;
import org.kiosque.account.Role;
import org.kiosque.article.ArticleEdit;
import org.kiosque.article.ArticleStatus;
import org.kiosque.article.HtmlValidityTests;
import org.kiosque.article.Newsdesk;
import org.kiosque.media.PictureInUse;
import org.kiosque.media.PictureRef;
import org.kiosque.media.Pictures;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.SamplePictures;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An author's portrait over real HTTP: uploaded from the author profile or chosen from
 * the media library by its number, shown square on the author page in responsive
 * renditions, named as the {@code image} of the article's and the author page's JSON-LD
 * {@code Person}; refused in French for a wrong number or file; an admin's to set for
 * anyone, nobody else's; the library keeps a portrait from being deleted.
 */
@KiosqueTest
class AuthorPortraitTests {

	private static final String PASSWORD = "une signature de rédaction";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	People people;

	@Autowired
	Newsdesk newsdesk;

	@Autowired
	Pictures pictures;

	@Test
	void anUploadedPortraitShowsSquareOnTheAuthorPageAndInTheStructuredData() throws Exception {
		Person author = staff("Nellie Bly " + System.nanoTime(), Role.CONTRIBUTOR);
		var article = write(author, "Dix jours dans un asile " + System.nanoTime());
		Browser signedIn = signIn(author);
		String page = AuthorHandle.path(author.id(), author.displayName());
		assertThat(new Browser(port).get(page).html().select(".author-photo")).isEmpty();

		String token = signedIn.get("/newsroom/profile").html().selectFirst("#portrait-upload input[name=_csrf]").val();
		var sent = signedIn.postMultipart("/newsroom/profile/photo/upload", Map.of("_csrf", token), "file",
				"portrait.jpg", "image/jpeg", SamplePictures.jpeg(900, 1200));

		assertThat(sent.status()).isEqualTo(302);
		assertThat(sent.location()).isEqualTo("/newsroom/profile?done");
		Document shown = new Browser(port).get(page).html();
		var img = shown.selectFirst(".author-photo picture img");
		assertThat(img).isNotNull();
		assertThat(img.attr("alt")).isEqualTo("Photo de " + author.displayName());
		assertThat(img.attr("src")).matches("/media/\\d+/[0-9a-f]+/square-\\d+\\.jpg");
		assertThat(img.attr("width")).isEqualTo(img.attr("height"));
		assertThat(img.attr("srcset")).contains("square-320.jpg 320w").contains("square-640.jpg 640w");
		BufferedImage served = fetchImage(img.attr("src"));
		assertThat(served.getWidth()).isEqualTo(served.getHeight()).isEqualTo(Integer.parseInt(img.attr("width")));

		JsonNode person = jsonLd(new Browser(port).get(article.path()).html()).get("author");
		assertThat(person.get("url").asString()).endsWith(page);
		assertThat(person.get("image").asString()).startsWith("http").endsWith(img.attr("src"));
		JsonNode profile = jsonLd(shown);
		assertThat(profile.get("@type").asString()).isEqualTo("ProfilePage");
		assertThat(profile.get("mainEntity").get("image").asString()).endsWith(img.attr("src"));
		assertThat(signedIn.get("/newsroom/profile").html().select(".author-portrait .author-photo img").attr("src"))
			.isEqualTo(img.attr("src"));

		long pictureId = Long.parseLong(img.attr("src").split("/")[2]);
		assertThat(pictures.uses(pictureId)).extracting(u -> u.label())
			.containsExactly("Photo de " + author.displayName());
		assertThatThrownBy(() -> pictures.delete(pictureId)).isInstanceOf(PictureInUse.class);
		assertThat(HtmlValidityTests.errors(new Browser(port).get(page).body())).isEmpty();
		assertThat(HtmlValidityTests.errors(signedIn.get("/newsroom/profile").body())).isEmpty();
	}

	@Test
	void aPictureOfTheLibraryIsChosenByItsNumberAndAWrongNumberIsRefusedInFrench() {
		Person author = staff("Albert Londres " + System.nanoTime(), Role.EDITOR);
		write(author, "Terre d’ébène " + System.nanoTime());
		PictureRef library = pictures.upload("londres.png", SamplePictures.png(700, 500), null);
		Browser signedIn = signIn(author);
		String page = AuthorHandle.path(author.id(), author.displayName());

		var unknown = signedIn.submit("/newsroom/profile", "form#portrait-choose", Map.of("picture", "999999999"));
		var notANumber = signedIn.submit("/newsroom/profile", "form#portrait-choose", Map.of("picture", "la une"));
		var chosen = signedIn.submit("/newsroom/profile", "form#portrait-choose",
				Map.of("picture", String.valueOf(library.id())));

		assertThat(unknown.status()).isEqualTo(422);
		assertThat(unknown.html().select("#portrait-picture-problem").text()).contains("photothèque");
		assertThat(HtmlValidityTests.errors(unknown.body())).isEmpty();
		assertThat(notANumber.status()).isEqualTo(422);
		assertThat(notANumber.html().select("#portrait-picture").val()).isEqualTo("la une");
		assertThat(chosen.status()).isEqualTo(302);
		var img = new Browser(port).get(page).html().selectFirst(".author-photo img");
		assertThat(img.attr("src")).startsWith("/media/" + library.id() + "/" + library.version() + "/square-");
		assertThat(img.attr("width")).isEqualTo("500");
		assertThat(img.attr("height")).isEqualTo("500");

		var removed = signedIn.submit("/newsroom/profile", "form#portrait-remove", Map.of());
		assertThat(removed.status()).isEqualTo(302);
		assertThat(new Browser(port).get(page).html().select(".author-photo")).isEmpty();
		assertThat(pictures.find(library.id())).as("the picture stays in the library").isPresent();
		assertThat(pictures.uses(library.id())).isEmpty();
	}

	@Test
	void anAdminSetsAnyonesPortraitAndAFileTheLibraryRefusesComesBackWithWhy() {
		Person author = staff("Séverine " + System.nanoTime(), Role.CONTRIBUTOR);
		write(author, "Notes d’une frondeuse " + System.nanoTime());
		Browser admin = StaffSession.signedIn(context, port, Role.ADMIN);
		String profile = "/newsroom/people/" + author.id() + "/profile";
		String token = admin.get(profile).html().selectFirst("#portrait-upload input[name=_csrf]").val();

		var notAPicture = admin.postMultipart(profile + "/photo/upload", Map.of("_csrf", token), "file", "note.txt",
				"text/plain", "pas une image".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		var sent = admin.postMultipart(profile + "/photo/upload", Map.of("_csrf", token), "file", "severine.png",
				"image/png", SamplePictures.png(400, 400));

		assertThat(notAPicture.status()).isEqualTo(415);
		assertThat(notAPicture.html().select("#portrait-file-problem").text()).isNotBlank();
		assertThat(sent.status()).isEqualTo(302);
		assertThat(sent.location()).isEqualTo(profile + "?done");
		assertThat(new Browser(port).get(AuthorHandle.path(author.id(), author.displayName()))
			.html()
			.select(".author-photo img")
			.attr("src")).contains("/square-400.jpg");

		Browser contributor = StaffSession.signedIn(context, port, Role.CONTRIBUTOR);
		String theirs = contributor.get("/newsroom/profile").html().selectFirst("input[name=_csrf]").val();
		assertThat(contributor.post(profile + "/photo", Map.of("_csrf", theirs, "picture", "1")).status())
			.isEqualTo(403);
		assertThat(new Browser(port).post("/newsroom/profile/photo", Map.of("picture", "1")).status())
			.isNotEqualTo(302);
	}

	private static JsonNode jsonLd(Document page) {
		return JsonMapper.shared().readTree(page.select("script[type=application/ld+json]").first().data());
	}

	private BufferedImage fetchImage(String path) throws Exception {
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		return ImageIO.read(new ByteArrayInputStream(response.body()));
	}

	private Person staff(String name, Role role) {
		return people.add("portrait-" + System.nanoTime() + "@exemple.fr", name, role, PASSWORD);
	}

	private Browser signIn(Person person) {
		Browser browser = new Browser(port);
		var signedIn = browser.submit("/login", "form#sign-in",
				Map.of("username", person.email(), "password", PASSWORD));
		assertThat(signedIn.status()).isEqualTo(302);
		return browser;
	}

	private Newsdesk.Written write(Person author, String headline) {
		return newsdesk.create(new ArticleEdit(headline, "Chapeau.", "Texte.", null, List.of(), author.displayName(),
				null, null, null, ArticleStatus.PUBLISHED, null, author.id()));
	}

}
