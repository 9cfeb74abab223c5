package org.kiosque.desk;

import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kiosque.desk.CopyMerge.Conflict;
import org.kiosque.site.Labels;
import org.kiosque.site.SiteSettings;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The diff and the clash fragments ({@code desk/diff.jte}, {@code desk/conflict.jte}) as
 * the application renders them: through JTE's precompiled templates, with the
 * application's message bundles, without starting the application.
 */
class ChangesAndClashesPagesTests {

	private static final String SCRIPT = "<script>alert('x')</script>";

	// The engine the application uses (gg.jte.use-precompiled-templates=true)
	private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

	private final Copy before = new Copy("Le conseil vote le budget", "Un chapeau.",
			"Premier paragraphe.\n\nDeuxième paragraphe.", "politique", "budget", "Léa Martin", "AFP", "conseil", "");

	@Test
	void theDiffShowsWordsAddedAndRemovedUnderFrenchLabelsAndEscapesEverything() {
		Copy after = new Copy("Le conseil adopte le budget " + SCRIPT, "Un chapeau.",
				"Premier paragraphe.\n\nDeuxième paragraphe, plus long.", "politique", "budget", "Léa Martin", "AFP",
				"conseil", "");

		String html = render("desk/diff.jte",
				Map.of("diff", CopyDiff.between(before, after), "labels", labels(Locale.FRENCH)));
		Document page = Jsoup.parseBodyFragment(html);

		assertThat(html).doesNotContain("<script").contains("&lt;script&gt;");
		assertThat(page.select("script")).isEmpty();
		assertThat(page.select("dt").eachText()).containsExactly("Titre", "Texte");
		assertThat(page.select("dd[data-field=headline] del").eachText()).containsExactly("[supprimé] vote");
		assertThat(page.select("dd[data-field=headline] ins").eachText()).containsExactly("[ajouté] adopte",
				"[ajouté] " + SCRIPT);
		Element body = page.selectFirst("dd[data-field=body]");
		assertThat(body.wholeText()).as("the paragraphs keep their blank line, shown by white-space: pre-wrap")
			.isEqualTo("Premier paragraphe.\n\nDeuxième [supprimé] paragraphe.[ajouté] paragraphe, plus long.");
		assertThat(page.select(".diff-none")).isEmpty();
	}

	@Test
	void theDiffSaysWhenNothingChangedAndCanShowUnchangedFields() {
		String html = render("desk/diff.jte", Map.of("diff", CopyDiff.between(before, before), "labels",
				labels(Locale.FRENCH), "showUnchanged", true));
		Document page = Jsoup.parseBodyFragment(html);

		assertThat(page.select(".diff-none").text()).isEqualTo("Aucune différence entre ces deux versions.");
		assertThat(page.select("dt").eachText()).contains("Titre (inchangé)", "Mots-clés (inchangé)",
				"Adresse (slug) (inchangé)");
		assertThat(page.select("ins, del")).isEmpty();
	}

	@Test
	void theDiffSpeaksEnglishOnAnEnglishSite() {
		Copy after = new Copy("Budget passed", "", "", "", "", "", "", "", "");

		Document page = Jsoup.parseBodyFragment(render("desk/diff.jte",
				Map.of("diff", CopyDiff.between(before, after), "labels", labels(Locale.ENGLISH))));

		assertThat(page.select("dt").eachText()).startsWith("Headline", "Standfirst", "Body", "Section", "Tags");
		assertThat(page.select("del").first().text()).startsWith("[removed]");
	}

	@Test
	void theConflictShowsBothVersionsOfEachClashSideBySide() {
		Copy base = new Copy("Titre", "", "Un.\n\nDeux.\n\nTrois.", "", "", "", "", "", "");
		Copy mine = new Copy("Mon titre", "", "Un.\n\nDeux, selon moi.\n\nTrois.", "", "", "", "", "", "");
		Copy theirs = new Copy("Son titre " + SCRIPT, "", "Un.\n\nTrois.", "", "", "", "", "", "");
		Conflict conflict = (Conflict) CopyMerge.merge(base, mine, theirs);

		String html = render("desk/conflict.jte",
				Map.of("conflict", conflict, "labels", labels(Locale.FRENCH), "otherName", "Zoé <b>Dupont</b>"));
		Document page = Jsoup.parseBodyFragment(html);

		assertThat(html).doesNotContain("<script").doesNotContain("<b>").contains("&lt;script&gt;");
		assertThat(page.select("h2").text())
			.isEqualTo("Vos modifications et celles de Zoé <b>Dupont</b> touchent" + " les mêmes passages");
		assertThat(page.select(".clash h3").eachText()).containsExactly("Titre", "Texte, paragraphe 2");
		Element headline = page.selectFirst(".clash[data-field=headline]");
		assertThat(headline.select(".clash-mine h4").text()).isEqualTo("Votre version");
		assertThat(headline.select(".clash-theirs h4").text()).isEqualTo("Version de Zoé <b>Dupont</b>");
		assertThat(headline.select(".clash-mine ins").text()).isEqualTo("[ajouté] Mon titre");
		assertThat(headline.select(".clash-theirs ins").text()).isEqualTo("[ajouté] Son titre " + SCRIPT);
		Element body = page.selectFirst(".clash[data-field=body]");
		assertThat(body.select(".clash-mine .diff-text").text()).isEqualTo("[supprimé] Deux.[ajouté] Deux, selon moi.");
		assertThat(body.select(".clash-theirs .clash-removed").text()).isEqualTo("Supprimé dans cette version.");
		assertThat(body.select(".clash-theirs del").text()).isEqualTo("[supprimé] Deux.");
	}

	@Test
	void theConflictNeedsNoName() {
		Conflict conflict = (Conflict) CopyMerge.merge(before, new Copy("A", "", "", "", "", "", "", "", ""),
				new Copy("B", "", "", "", "", "", "", "", ""));

		Document page = Jsoup.parseBodyFragment(
				render("desk/conflict.jte", Map.of("conflict", conflict, "labels", labels(Locale.ENGLISH))));

		assertThat(page.select("h2").text())
			.isEqualTo("Your changes and those saved meanwhile touch the same passages");
		assertThat(page.select(".clash-theirs h4").text()).isEqualTo("The other version");
	}

	@ParameterizedTest
	@ValueSource(strings = { "fr", "en" })
	void everyFieldOfTheCopyHasALabel(String language) {
		Labels labels = labels(Locale.of(language));
		Copy.blank().fields().keySet().forEach(field -> assertThat(labels.get("copy.field." + field)).isNotBlank());
	}

	@Test
	void frenchAndEnglishBundlesHaveTheSameKeys() throws Exception {
		Properties french = bundle("messages/revisions.properties");
		Properties english = bundle("messages/revisions_en.properties");

		assertThat(french).isNotEmpty();
		assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(french.stringPropertyNames());
		french.stringPropertyNames().forEach(key -> assertThat(french.getProperty(key)).as(key).doesNotContain("'"));
	}

	private String render(String template, Map<String, Object> params) {
		StringOutput output = new StringOutput();
		templates.render(template, params, output);
		return output.toString();
	}

	/**
	 * The site's labels, from the bundles the application reads
	 * (spring.messages.basename).
	 */
	private static Labels labels(Locale locale) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames(basenames());
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		SiteSettings site = new SiteSettings("Kiosque", "", URI.create("http://localhost:8080"), locale,
				ZoneId.of("Europe/Paris"));
		return new Labels(messages, site);
	}

	private static String[] basenames() {
		try {
			String names = bundle("application.properties").getProperty("spring.messages.basename");
			return Arrays.stream(names.split(",")).map(String::strip).toArray(String[]::new);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Properties bundle(String path) throws Exception {
		Properties properties = new Properties();
		try (var in = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}

}
