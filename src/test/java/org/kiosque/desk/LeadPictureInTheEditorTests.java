package org.kiosque.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.account.Role;
import org.kiosque.article.ArticleLedger;
import org.kiosque.article.LeadImage;
import org.kiosque.media.PictureRef;
import org.kiosque.media.Rights;
import org.kiosque.media.Pictures;
import org.kiosque.support.ExiftoolAvailable;
import org.kiosque.support.Browser;
import org.kiosque.support.HtmlChecker;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.SamplePictures;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The editor's lead picture part, over HTTP as a browser posts it: a picture chosen by
 * its library number or sent with the form (multipart, its IPTC caption and credit
 * filling the blank fields), a focal point typed as numbers, each change recorded in the
 * revisions; the URL-encoded form without that part leaves the picture alone; a file that
 * is no picture, or a photo cut short, is refused with the form kept and nothing stored.
 */
@KiosqueTest
class LeadPictureInTheEditorTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Pictures pictures;

	@Autowired
	ArticleLedger ledger;

	@Autowired
	RevisionRepository revisions;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	@Test
	void aPictureChosenByItsNumberLeadsThePublishedArticleWithItsCaptionAndCredit() {
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		PictureRef picture = pictures.upload("choisie.jpg", SamplePictures.jpeg(1280, 720), null);
		long id = EditorForms.create(editor, "publish",
				Map.of("headline", "Les vendanges à Mascara " + System.nanoTime(), "body", "Le texte.", "picture",
						String.valueOf(picture.id()), "caption", "Les vignes de Mascara", "credit", "Photo Amina K."));

		LeadImage lead = ledger.lead(id).orElseThrow();
		assertThat(lead.pictureId()).isEqualTo(picture.id());
		assertThat(lead.caption()).isEqualTo("Les vignes de Mascara");
		assertThat(lead.credit()).isEqualTo("Photo Amina K.");
		Element img = new Browser(port).get(ledger.find(id).orElseThrow().path())
			.html()
			.selectFirst("figure.lead-image picture > img");
		assertThat(img.attr("alt")).isEqualTo("Les vignes de Mascara");
		assertThat(revisions.find(id, 1).orElseThrow().changed()).contains(Desk.LEAD_FIELD);
	}

	@Test
	@ExtendWith(ExiftoolAvailable.class)
	void aPictureSentWithTheFormGoesToTheLibraryAndItsIptcFillsTheBlankFields() throws Exception {
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		long id = EditorForms.create(editor, "save", Map.of("headline", "La corniche de Jijel " + System.nanoTime()));
		Path file = SamplePictures.write(folder.resolve("jijel.jpg"), SamplePictures.jpeg(1600, 1200));
		SamplePictures.withIptc(file, "La corniche de Jijel au coucher du soleil", "Agence Kiosque");
		Map<String, String> fields = EditorForms.fields(editor.get(EditorForms.editor(id)));
		fields.put("action", "save");
		fields.put("focusX", "250");
		fields.put("focusY", "400");

		var answer = editor.postMultipart(EditorForms.editor(id), fields, "pictureFile", "jijel.jpg", "image/jpeg",
				Files.readAllBytes(file));

		assertThat(answer.status()).as(answer.text()).isEqualTo(303);
		LeadImage lead = ledger.lead(id).orElseThrow();
		assertThat(lead.pictureId()).isNotNull();
		assertThat(lead.caption()).isEqualTo("La corniche de Jijel au coucher du soleil");
		assertThat(lead.credit()).isEqualTo("Agence Kiosque");
		PictureRef stored = pictures.find(lead.pictureId()).orElseThrow();
		assertThat(stored.focusX()).isEqualTo(250);
		assertThat(stored.focusY()).isEqualTo(400);
		// The editor shows the picture and the point again.
		var again = editor.get(EditorForms.editor(id));
		assertThat(again.html().selectFirst("img[data-focus-image]").attr("src"))
			.startsWith("/media/" + stored.id() + "/" + stored.version() + "/full-");
		assertThat(again.html().selectFirst("input#focusX").val()).isEqualTo("250");
		assertThat(HtmlChecker.errors(again.body())).isEmpty();
		assertThat(revisions.find(id, 2).orElseThrow().changed()).containsExactly(Desk.LEAD_FIELD);
	}

	@Test
	@ExtendWith(ExiftoolAvailable.class)
	void aNewFileInPlaceOfTheLeadBringsItsOwnWordsWhereTheFormStillShowedTheOldPhotos() throws Exception {
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		long id = EditorForms.create(editor, "save", Map.of("headline", "Le stade rénové " + System.nanoTime()));
		PictureRef old = pictures.upload("ancienne.jpg", SamplePictures.jpeg(1200, 800), null);
		assertThat(EditorForms
			.act(editor, EditorForms.editor(id), "save", Map.of("picture", String.valueOf(old.id()), "caption",
					"L’ancien stade.", "credit", "Karim Benali / APS"))
			.status()).isEqualTo(303);
		Path file = SamplePictures.write(folder.resolve("stade.jpg"), SamplePictures.jpeg(1600, 1000));
		SamplePictures.withIptc(file, "Le stade rénové, vu des tribunes", "Sofiane Rahmani / AFP");
		// The form as the browser sends it: the old photo's caption and credit still in
		// it.
		Map<String, String> fields = EditorForms.fields(editor.get(EditorForms.editor(id)));
		assertThat(fields).containsEntry("credit", "Karim Benali / APS");
		fields.put("action", "save");

		var answer = editor.postMultipart(EditorForms.editor(id), fields, "pictureFile", "stade.jpg", "image/jpeg",
				Files.readAllBytes(file));

		assertThat(answer.status()).as(answer.text()).isEqualTo(303);
		LeadImage lead = ledger.lead(id).orElseThrow();
		assertThat(lead.pictureId()).isNotEqualTo(old.id());
		assertThat(lead.caption()).isEqualTo("Le stade rénové, vu des tribunes");
		assertThat(lead.credit()).as("the new photographer, not the old one").isEqualTo("Sofiane Rahmani / AFP");

		// A word the person changed is theirs, new file or not.
		Path next = SamplePictures.write(folder.resolve("stade-2.jpg"), SamplePictures.jpeg(1600, 1001));
		SamplePictures.withIptc(next, "Légende du fichier", "Crédit du fichier");
		Map<String, String> typed = EditorForms.fields(editor.get(EditorForms.editor(id)));
		typed.put("action", "save");
		typed.put("caption", "La légende de la rédaction.");
		assertThat(editor
			.postMultipart(EditorForms.editor(id), typed, "pictureFile", "stade-2.jpg", "image/jpeg",
					Files.readAllBytes(next))
			.status()).isEqualTo(303);
		assertThat(ledger.lead(id).orElseThrow().caption()).isEqualTo("La légende de la rédaction.");
		assertThat(ledger.lead(id).orElseThrow().credit()).isEqualTo("Crédit du fichier");
	}

	@Test
	void anotherPictureChosenByItsNumberBringsItsLibraryWordsWhereTheFormStillShowedTheOldPhotos() {
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		long id = EditorForms.create(editor, "save", Map.of("headline", "Le port " + System.nanoTime()));
		PictureRef old = pictures.upload("port-avant.jpg", SamplePictures.jpeg(1207, 793), null);
		PictureRef next = pictures.upload("port-apres.jpg", SamplePictures.jpeg(1203, 797), null);
		pictures.describe(next.id(), new Rights("Le port au petit matin.", "Ryad Kramdi / APS", "", ""));
		assertThat(EditorForms
			.act(editor, EditorForms.editor(id), "save", Map.of("picture", String.valueOf(old.id()), "caption",
					"Le port hier.", "credit", "Farouk Batiche / AFP"))
			.status()).isEqualTo(303);

		assertThat(EditorForms.act(editor, EditorForms.editor(id), "save", Map.of("picture", String.valueOf(next.id())))
			.status()).isEqualTo(303);

		LeadImage lead = ledger.lead(id).orElseThrow();
		assertThat(lead.pictureId()).isEqualTo(next.id());
		assertThat(lead.caption()).isEqualTo("Le port au petit matin.");
		assertThat(lead.credit()).as("the new photo's photographer").isEqualTo("Ryad Kramdi / APS");
	}

	@Test
	void aMultipartFormWhoseTextIsPastWhatTheServerParsesGetsTheSitesPageNotAFailure() {
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		Map<String, String> fields = EditorForms.fields(editor.get("/newsroom/articles/new"));
		fields.put("action", "save");
		fields.put("headline", "Trop long " + System.nanoTime());
		fields.put("body", "mot ".repeat(700_000));

		var answer = editor.postMultipart("/newsroom/articles/new", fields, "pictureFile", "petite.jpg", "image/jpeg",
				SamplePictures.jpeg(64, 48));

		assertThat(answer.status()).isEqualTo(413);
		assertThat(answer.text()).contains("Le formulaire envoyé dépasse 2 Mo");
	}

	@Test
	void aFileThatIsNoPictureIsRefusedWithTheFormKept() {
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		String headline = "Un fichier qui n’est pas une photo " + System.nanoTime();
		long id = EditorForms.create(editor, "save", Map.of("headline", headline));
		Map<String, String> fields = EditorForms.fields(editor.get(EditorForms.editor(id)));
		fields.put("action", "save");
		fields.put("body", "Un texte à garder.");

		String name = "texte-" + System.nanoTime() + ".jpg";
		var answer = editor.postMultipart(EditorForms.editor(id), fields, "pictureFile", name, "image/jpeg",
				"Rien qu’un texte.".getBytes(java.nio.charset.StandardCharsets.UTF_8));

		assertThat(answer.status()).isEqualTo(415);
		assertThat(answer.html().selectFirst("#pictureFile-error").text()).startsWith("Ce fichier n’est pas une image");
		assertThat(answer.html().selectFirst("textarea#body").wholeText()).contains("Un texte à garder.");
		assertThat(ledger.lead(id).orElseThrow().pictureId()).isNull();
		assertThat(pictures.search(name, 0, 10)).isEmpty();
	}

	@Test
	void aJpegCutShortIsRefusedAsUnreadableAndNothingIsKept() {
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		String headline = "Une photo coupée " + System.nanoTime();
		Map<String, String> fields = EditorForms.fields(editor.get("/newsroom/articles/new"));
		fields.put("action", "save");
		fields.put("headline", headline);
		byte[] photo = SamplePictures.jpeg(1600, 1000);
		String name = "coupee-" + System.nanoTime() + ".jpg";

		// The first fifth of a real photo, as a download stopped early leaves it.
		var answer = editor.postMultipart("/newsroom/articles/new", fields, "pictureFile", name, "image/jpeg",
				java.util.Arrays.copyOf(photo, photo.length / 5));

		assertThat(answer.status()).as(answer.text()).isEqualTo(422);
		assertThat(answer.html().selectFirst("#pictureFile-error").text())
			.isEqualTo("Cette image est illisible ou abîmée : elle ne peut pas être décodée.");
		assertThat(answer.html().selectFirst("input#headline").val()).isEqualTo(headline);
		assertThat(pictures.search(name, 0, 10)).as("no picture kept").isEmpty();
		assertThat(
				jdbc.sql("SELECT COUNT(*) FROM article WHERE headline = ?").param(headline).query(Long.class).single())
			.as("no article made")
			.isZero();
	}

	@Test
	void aRefusedActionKeepsNoPictureInTheLibrary() throws Exception {
		Browser contributor = StaffSession.signedIn(context, port, Role.CONTRIBUTOR);
		long id = EditorForms.create(contributor, "save", Map.of("headline", "Une photo de trop " + System.nanoTime()));
		Map<String, String> fields = EditorForms.fields(contributor.get(EditorForms.editor(id)));
		fields.put("action", "publish");
		String name = "refusee-" + System.nanoTime() + ".jpg";

		var answer = contributor.postMultipart(EditorForms.editor(id), fields, "pictureFile", name, "image/jpeg",
				SamplePictures.jpeg(640, 480));

		assertThat(answer.status()).isEqualTo(403);
		assertThat(pictures.search(name, 0, 10)).isEmpty();
		assertThat(ledger.lead(id).orElseThrow().pictureId()).isNull();
	}

	@Test
	void aNumberThatNamesNoPictureIsAFormProblem() {
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		var answer = EditorForms.act(editor, "/newsroom/articles/new", "save", Map.of("headline",
				"Une photo inconnue " + System.nanoTime(), "picture", "999999999", "focusX", "2000"));
		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.html().selectFirst("#picture-error").text())
			.isEqualTo("Aucune photo de la photothèque ne porte ce numéro.");
		assertThat(answer.html().selectFirst("#focusX-error")).isNotNull();
	}

	@Test
	void aFormWithoutThePicturePartLeavesThePictureAsItIs() {
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		PictureRef picture = pictures.upload("gardee.jpg", SamplePictures.jpeg(800, 600), null);
		long id = EditorForms.create(editor, "save", Map.of("headline", "Une photo gardée " + System.nanoTime(),
				"picture", String.valueOf(picture.id()), "caption", "Une légende"));
		Map<String, String> contract = new HashMap<>(EditorForms.fields(editor.get(EditorForms.editor(id))));
		for (String part : List.of("picture", "pictureFile", "caption", "credit", "focusX", "focusY")) {
			contract.remove(part);
		}
		contract.put("action", "save");
		contract.put("standfirst", "Un chapeau ajouté.");

		var answer = editor.post(EditorForms.editor(id), contract);

		assertThat(answer.status()).isEqualTo(303);
		assertThat(ledger.lead(id).orElseThrow().pictureId()).isEqualTo(picture.id());
		assertThat(ledger.lead(id).orElseThrow().caption()).isEqualTo("Une légende");
		assertThat(revisions.find(id, 2).orElseThrow().changed()).containsExactly("standfirst");
	}

}
