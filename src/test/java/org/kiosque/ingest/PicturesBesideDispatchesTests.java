package org.kiosque.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.ingest.DispatchImport.Imported;
import org.kiosque.ingest.DispatchImport.Options;
import org.kiosque.ingest.DispatchImport.Outcome;
import org.kiosque.ingest.DispatchImport.Rejected;
import org.kiosque.article.Newsdesk;
import org.kiosque.media.Pictures;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.SamplePictures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A picture beside a dispatch (same name, {@code .jpg}, {@code .png}, {@code .webp}) or
 * given with {@code --image} becomes the article's lead picture, through the library (its
 * checks), captioned with the dispatch's doubled caption line.
 */
@KiosqueTest
class PicturesBesideDispatchesTests {

	@LocalServerPort
	int port;

	@Autowired
	DispatchImport importer;

	@Autowired
	Pictures pictures;

	@Autowired
	Newsdesk newsdesk;

	@TempDir
	Path folder;

	/** A dispatch in the seed's form, its caption line written twice. */
	static String dispatch(String headline, String caption) {
		LocalDate day = LocalDate.now().minusDays(2);
		String weekday = day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.FRENCH);
		String date = weekday.substring(0, 1).toUpperCase(Locale.FRENCH) + weekday.substring(1) + " "
				+ day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH));
		return "Connectez-vous\n\n" + headline + "\n\n" + date + "\n\n" + caption + "\n" + caption + "\n\n"
				+ "Le premier paragraphe de la dépêche.\n\n\u00a0\n\nLe second, qui finit par l’agence. (APS)\n\n\u00a0"
				+ "\nNombre de lectures : 12 fois\n\nNouveau commentaire :\n\n\nInscription à la newsletter";
	}

	Path write(String name, String text) throws Exception {
		return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
	}

	/** The lead picture's {@code <img>} on the imported article's page. */
	Element leadImage(Outcome outcome) {
		assertThat(outcome).isInstanceOf(Imported.class);
		Document page = new Browser(port).get(URI.create(((Imported) outcome).url()).getPath()).html();
		return page.selectFirst("figure.lead-image picture > img");
	}

	@Test
	void aPictureOfTheSameNameBesideTheDispatchLeadsTheArticle() throws Exception {
		long n = System.nanoTime();
		Path text = write("depeche-" + n + ".txt",
				dispatch("Le barrage de Beni Haroun plein " + n, "Le barrage de Beni Haroun, près de Mila"));
		SamplePictures.write(folder.resolve("depeche-" + n + ".jpg"), SamplePictures.jpeg(1600, 1000));

		Element img = leadImage(importer.importFile(text, Options.published(null)));

		assertThat(img).isNotNull();
		assertThat(img.attr("alt")).isEqualTo("Le barrage de Beni Haroun, près de Mila");
		assertThat(img.attr("src")).matches("/media/[0-9]+/[0-9a-f]+/full-1600\\.jpg");
		assertThat(img.parent().parent().selectFirst("figcaption").text())
			.startsWith("Le barrage de Beni Haroun, près de Mila");
	}

	@Test
	void aPngBesideTheDispatchIsTakenToo() throws Exception {
		long n = System.nanoTime();
		Path text = write("png-" + n + ".txt", dispatch("La gare d’Oran rénovée " + n, "La gare d’Oran"));
		SamplePictures.write(folder.resolve("png-" + n + ".png"), SamplePictures.png(800, 600));

		Element img = leadImage(importer.importFile(text, Options.published(null)));

		assertThat(img).isNotNull();
		// Its own width (between two fixed ones), its own proportions kept.
		assertThat(img.attr("src")).endsWith("/full-800.jpg");
		assertThat(img.attr("width")).isEqualTo("800");
		assertThat(img.attr("height")).isEqualTo("600");
	}

	@Test
	void theImageOptionServesADispatchWithoutPictureOfItsOwn() throws Exception {
		long n = System.nanoTime();
		Path text = write("seule-" + n + ".txt", dispatch("Le port de Béjaïa s’agrandit " + n, "Le port de Béjaïa"));
		Path image = SamplePictures.write(folder.resolve("ailleurs-" + n + ".jpg"), SamplePictures.jpeg(1200, 800));

		Element img = leadImage(importer.importFile(text, new Options(false, null, image)));

		assertThat(img).isNotNull();
		assertThat(img.attr("alt")).isEqualTo("Le port de Béjaïa");
		assertThat(img.attr("width")).isEqualTo("1200");
		assertThat(img.attr("height")).isEqualTo("800");
	}

	@Test
	void aFileThatIsNoPictureRefusesTheDispatchAndStoresNothing() throws Exception {
		long n = System.nanoTime();
		String headline = "Une photo qui n’en est pas une " + n;
		Path text = write("faux-" + n + ".txt", dispatch(headline, "Une légende"));
		Files.writeString(folder.resolve("faux-" + n + ".jpg"), "Ceci est un texte, pas une photo.");
		Outcome outcome = importer.importFile(text, Options.published(null));

		assertThat(outcome).isInstanceOf(Rejected.class);
		assertThat(((Rejected) outcome).reason().reason()).isEqualTo(DispatchRejected.Reason.PICTURE_REFUSED);
		assertThat(((Rejected) outcome).reason().details()[0]).isEqualTo("faux-" + n + ".jpg");
		assertThat(String.valueOf(((Rejected) outcome).reason().details()[1]))
			.startsWith("Ce fichier n’est pas une image");
		assertThat(pictures.search("faux-" + n, 0, 10)).isEmpty();
		Dispatch parsed = DispatchParser.parse(Files.readAllBytes(text));
		assertThat(newsdesk.articleForDispatch(DispatchImport.key(parsed))).isEmpty();
	}

	@Test
	void withoutPictureTheCaptionStandsAloneAsBefore() throws Exception {
		long n = System.nanoTime();
		Path text = write("sans-" + n + ".txt", dispatch("Un marché couvert à Sétif " + n, "Le marché de Sétif"));

		Outcome outcome = importer.importFile(text, Options.published(null));

		assertThat(leadImage(outcome)).isNull();
		Document page = new Browser(port).get(URI.create(((Imported) outcome).url()).getPath()).html();
		assertThat(page.selectFirst("figure.lead-image figcaption").text()).isEqualTo("Le marché de Sétif");
	}

}
