package org.kiosque.wires;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kiosque.wires.WireFiles.head;
import static org.kiosque.wires.WireFiles.read;

/** A regional paper's RSS 2.0 feed and an agency's Atom feed. */
class FeedWireTests {

	private final FeedWire format = new FeedWire();

	@Test
	void eachRssItemIsAnItemOfTheFeedsProvider() throws WireRefused {
		List<WireItem> items = read(format, "feed/rss.xml");

		assertThat(items).hasSize(2);
		WireItem pont = items.getFirst();
		assertThat(pont.provider()).isEqualTo("https://courrier-regional.example/");
		assertThat(pont.guid()).isEqualTo("courrier-regional-48213");
		assertThat(pont.versionCreated()).isEqualTo(Instant.parse("2026-01-30T08:30:00Z"));
		assertThat(pont.headline()).isEqualTo("Le pont de la Sarre rouvre après six mois de travaux");
		assertThat(pont.standfirst()).isEqualTo("La circulation reprend ce vendredi sur les deux voies.");
		assertThat(pont.body()).isEqualTo(
				"Le pont de la Sarre a **rouvert** vendredi matin.\n\nLes travaux ont coûté 4,2 millions d’euros.");
		assertThat(pont.byline()).isEqualTo("Marc Weber");
		assertThat(pont.subjects()).containsExactly("Transports", "Sarreguemines");
		assertThat(pont.language()).isEqualTo("fr");
		assertThat(pont.pictures())
			.containsExactly(new WirePicture("https://courrier-regional.example/photos/pont-sarre.jpg", "", ""));

		WireItem marche = items.get(1);
		assertThat(marche.guid()).isEqualTo("https://courrier-regional.example/2026/01/29/marche-de-noel");
		assertThat(marche.body()).isEqualTo("Plus de 300\u00a0000 visiteurs cette année.");
		assertThat(marche.standfirst()).isEmpty();
		assertThat(marche.pictures()).isEmpty();
	}

	@Test
	void anAtomEntryReadsItsIdUpdatedTimeAndHtmlContent() throws WireRefused {
		WireItem entry = read(format, "feed/atom.xml").getFirst();

		assertThat(entry.provider()).isEqualTo("https://arp.example/");
		assertThat(entry.guid()).isEqualTo("tag:arp.example,2026:dep-1187");
		assertThat(entry.versionCreated()).isEqualTo(Instant.parse("2026-01-30T10:00:00Z"));
		assertThat(entry.firstCreated()).isEqualTo(Instant.parse("2026-01-30T09:00:00Z"));
		assertThat(entry.headline()).isEqualTo("Municipales : trois listes à Metz");
		assertThat(entry.standfirst()).isEqualTo("Trois listes déposées à la préfecture.");
		assertThat(entry.body()).isEqualTo(
				"Trois listes ont été déposées jeudi.\n\n### Une surprise\n\nLa troisième n’était pas attendue.");
		assertThat(entry.byline()).isEqualTo("Nadia Haddad");
		assertThat(entry.pictures())
			.containsExactly(new WirePicture("https://arp.example/photos/prefecture-metz.jpg", "", ""));
	}

	@Test
	void recognisesRssAndAtomRoots() {
		assertThat(format.recognizes("rss.xml", head("feed/rss.xml"))).isTrue();
		assertThat(format.recognizes("atom.xml", head("feed/atom.xml"))).isTrue();
		assertThat(format.recognizes("sommet.xml", head("newsml/afp-sommet-v1.xml"))).isFalse();
	}

}
