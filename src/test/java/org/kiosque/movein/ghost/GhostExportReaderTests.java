package org.kiosque.movein.ghost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.kiosque.movein.ghost.GhostExport.Member;
import org.kiosque.movein.ghost.GhostExport.Post;
import org.kiosque.movein.ghost.GhostExport.Status;
import org.kiosque.movein.ghost.GhostExport.Tag;

/**
 * Reading Ghost's exports as Ghost 4 and 5 write them: which post is which, in what order
 * its tags and authors come, and which members asked for the newsletter.
 */
class GhostExportReaderTests {

	static Path export(String name) {
		try {
			return Path
				.of(Objects.requireNonNull(GhostExportReaderTests.class.getResource("/movein/ghost/" + name)).toURI());
		}
		catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	static Post post(GhostExport export, String slug) {
		return export.posts().stream().filter(p -> p.slug().equals(slug)).findFirst().orElseThrow();
	}

	@Test
	void postsKeepTheirStatusDatesTagsAndAuthorsInGhostsOrder() throws Exception {
		GhostExport export = GhostExportReader.read(export("ghost5-site.json"));

		Post budget = post(export, "budget-participatif-vote");
		assertThat(budget.status()).isEqualTo(Status.PUBLISHED);
		assertThat(budget.publishedAt()).isEqualTo(Instant.parse("2024-03-05T09:00:00Z"));
		assertThat(budget.tags()).extracting(Tag::name).containsExactly("Politique", "Économie", "#une");
		assertThat(budget.primaryTag()).extracting(Tag::slug).isEqualTo("politique");
		assertThat(budget.authors()).extracting(GhostExport.Author::name)
			.containsExactly("Anaïs Ghostwriter", "Bruno Ghostwriter");
		assertThat(budget.featureImageAlt()).isEqualTo("Le maire au pupitre");
		assertThat(budget.customExcerpt()).startsWith("La ville consacre");
		assertThat(post(export, "tempete-sur-le-port").status()).isEqualTo(Status.DRAFT);
		assertThat(post(export, "marche-de-noel").status()).isEqualTo(Status.SCHEDULED);
		assertThat(post(export, "a-propos").page()).isTrue();
		// An internal tag first is no section.
		assertThat(post(export, "la-gare-renovee").primaryTag()).isNull();
	}

	@Test
	void onlyMembersWhoReceiveANewsletterAndWhoseMailWorksConsented() throws Exception {
		GhostExport ghost5 = GhostExportReader.read(export("ghost5-site.json"));
		assertThat(ghost5.members()).filteredOn(Member::consented)
			.extracting(Member::email)
			.containsExactly("lectrice.abonnee@ghost.example");

		GhostExport ghost4 = GhostExportReader.read(export("ghost4-mobiledoc.json"));
		assertThat(ghost4.members()).filteredOn(Member::consented)
			.extracting(Member::email)
			.containsExactly("melomane@ghost4.example");
		assertThat(post(ghost4, "fete-de-la-musique").publishedAt()).isEqualTo(Instant.parse("2021-06-21T18:00:00Z"));
	}

	@Test
	void aFileThatIsNoGhostExportIsRefused() {
		assertThatThrownBy(() -> GhostExportReader.read("{\"posts\": 3}")).isInstanceOf(GhostExportRefused.class)
			.extracting(e -> ((GhostExportRefused) e).reason())
			.isEqualTo(GhostExportRefused.Reason.NOT_GHOST);
		assertThatThrownBy(() -> GhostExportReader.read("<rss/>")).isInstanceOf(GhostExportRefused.class)
			.extracting(e -> ((GhostExportRefused) e).reason())
			.isEqualTo(GhostExportRefused.Reason.NOT_JSON);
	}

}
