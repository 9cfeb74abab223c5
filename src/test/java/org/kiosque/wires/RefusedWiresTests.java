package org.kiosque.wires;

import java.net.URI;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kiosque.site.SiteSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A malformed file of each format is refused whole with a French reason, never read into
 * a half item.
 */
class RefusedWiresTests {

	private static final Map<String, WireFormat> FORMATS = Map.of("newsml", new NewsMlWire(), "ninjs", new NinjsWire(),
			"nitf", new NitfWire(), "feed", new FeedWire(), "dispatch", new DispatchWire(new SiteSettings("Kiosque", "",
					URI.create("http://localhost/"), Locale.FRENCH, ZoneId.of("Europe/Paris"))));

	@ParameterizedTest(name = "{1} : {0}")
	@CsvSource(delimiter = '|', textBlock = """
			refused/newsml-truncated.xml      | newsml   | not-xml      | XML mal formé (ligne
			refused/newsml-no-guid.xml        | newsml   | no-guid      | aucun identifiant (guid, uri ou doc-id)
			refused/newsml-bad-status.xml     | newsml   | bad-status   | statut de publication inconnu : « stat:maybe »
			refused/newsml-bad-date.xml       | newsml   | bad-date     | date illisible : « 30/01/2026 10h15 »
			refused/xxe.xml                   | newsml   | dtd          | déclaration DTD ou entité refusée
			refused/billion-laughs.xml        | nitf     | dtd          | déclaration DTD ou entité refusée
			refused/nitf-no-doc-id.xml        | nitf     | no-guid      | aucun identifiant
			refused/nitf-mismatched.xml       | nitf     | not-xml      | XML mal formé (ligne 40)
			refused/ninjs-truncated.json      | ninjs    | not-json     | JSON mal formé (ligne
			refused/ninjs-no-headline.json    | ninjs    | no-headline  | aucun titre
			refused/ninjs-bad-embargo.json    | ninjs    | bad-date     | date illisible : « demain matin »
			ninjs/afp-ninjs-1.json            | newsml   | not-xml      | XML mal formé
			refused/rss-entry-without-id.xml  | feed     | no-guid      | aucun identifiant
			refused/rss-unclosed.xml          | feed     | not-xml      | XML mal formé
			newsml/afp-sommet-v1.xml          | nitf     | not-format   | pas un document NITF (racine « newsItem »)
			refused/dispatch-chrome.txt       | dispatch | dispatch     | dépêche texte refusée : rien que l’habillage
			""")
	void aMalformedFileIsRefusedWithAFrenchReason(String file, String format, String key, String french) {
		WireRefused refused = catchThrowableOfType(WireRefused.class, () -> WireFiles.read(FORMATS.get(format), file));

		assertThat(refused).as("%s is refused", file).isNotNull();
		assertThat(refused.key()).isEqualTo("wires.refused." + key);
		assertThat(refused.getMessage()).startsWith(french);
	}

}
