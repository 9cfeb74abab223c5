package org.kiosque.movein.ghost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.kiosque.movein.ghost.GhostCopy.Copy;
import org.kiosque.movein.ghost.GhostCopy.Lookup;

/**
 * A Ghost post's text as Markdown, from each editor's document: what a reader sees in the
 * article must be what Ghost showed, pictures and captions included, and whatever cannot
 * come over must be named.
 */
class GhostCopyTests {

	/** Every picture of the Ghost site is in the library at /media/… */
	static final Function<String, Lookup> LIBRARY = reference -> reference.contains("/content/images/")
			? new Lookup.InLibrary(
					"/media/1/abcdef12/full-640.jpg?" + reference.substring(reference.lastIndexOf('/') + 1))
			: new Lookup.Elsewhere(reference);

	static Copy copy(String slug) throws Exception {
		GhostExport export = GhostExportReader.read(GhostExportReaderTests.export("ghost5-site.json"));
		return GhostCopy.markdown(GhostExportReaderTests.post(export, slug).body(), LIBRARY);
	}

	@Test
	void aLexicalPostKeepsItsTextCardsAndCaptionedPictures() throws Exception {
		Copy copy = copy("budget-participatif-vote");
		assertThat(copy.markdown()).contains("Le conseil municipal a voté **à l’unanimité** le budget *participatif*")
			.contains("[le détail](https://www.ville.example/budget)")
			.contains("* les pistes cyclables")
			.contains("> Un budget pour tous.")
			.contains("<figure><img src=\"/media/1/abcdef12/full-640.jpg?conseil.jpg\" alt=\"La salle du conseil\">"
					+ "<figcaption>La salle du <em>conseil</em>, mardi</figcaption></figure>")
			// The embed as a link, never a third-party player.
			.contains("[La séance en vidéo](https://www.youtube.com/watch?v=abc123)")
			.contains("### Calendrier")
			.contains("1. vote en mars")
			.contains("Voirie")
			.contains("Fin.")
			.doesNotContain("iframe");
		assertThat(html(copy)).contains("<h2>Ce qui change</h2>").contains("<h3>Calendrier</h3>");
		assertThat(copy.leftovers()).isEmpty();
	}

	/** The page's HTML of the Markdown, as the article's renderer makes it. */
	static String html(Copy copy) {
		return HtmlRenderer.builder().build().render(Parser.builder().build().parse(copy.markdown()));
	}

	@Test
	void aMobiledocPostKeepsItsMarkupsLineBreaksListsAndCards() throws Exception {
		Copy copy = copy("tempete-sur-le-port");
		assertThat(copy.markdown()).contains("Les pêcheurs **inquiets** après la tempête.")
			.contains("[Météo](https://meteo.example/)")
			.contains("* trois chalutiers")
			.contains("<figcaption>Le port au matin</figcaption>")
			.contains("Un **bilan** provisoire.");
		assertThat(html(copy)).contains("<h2>Les dégâts</h2>").contains("<hr />");
	}

	@Test
	void ghostsOwnHtmlIsPreferredAndAMissingOrForeignPictureIsReported() throws Exception {
		GhostExport export = GhostExportReader.read(GhostExportReaderTests.export("ghost5-site.json"));
		Copy copy = GhostCopy.markdown(GhostExportReaderTests.post(export, "la-gare-renovee").body(),
				reference -> reference.startsWith("https://") ? new Lookup.Elsewhere(reference)
						: new Lookup.Missing(reference));
		assertThat(copy.markdown()).contains("La gare a rouvert.")
			.contains("*Le hall*")
			.contains("[trains](https://trains.example)")
			.contains("[Un quai](<https://images.unsplash.com/photo-1?w=2000>)")
			.doesNotContain("texte ignoré");
		// The missing file is the importer's to report (with the run's other notes).
		assertThat(copy.leftovers()).containsExactly("image elsewhere: https://images.unsplash.com/photo-1?w=2000");
	}

}
