package org.kiosque.wires;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kiosque.wires.WireFiles.head;
import static org.kiosque.wires.WireFiles.read;

/** ninjs as AFP would send it in each major version: 1.x, 2.x (a second version), 3.x. */
class NinjsWireTests {

	private final NinjsWire format = new NinjsWire();

	@Test
	void ninjs1WithAnEmbargoAndAPictureAssociation() throws WireRefused {
		WireItem item = read(format, "ninjs/afp-ninjs-1.json").getFirst();

		assertThat(item.provider()).isEqualTo("afp");
		assertThat(item.guid()).isEqualTo("http://www.afp.com/ninjs/20260130/TX-PAR-KSQ52");
		assertThat(item.version()).isEqualTo(1);
		assertThat(item.versionCreated()).isEqualTo(Instant.parse("2026-01-30T10:20:00Z"));
		assertThat(item.embargo()).isEqualTo(Instant.parse("2026-01-30T23:01:00Z"));
		assertThat(item.status()).isEqualTo(WireStatus.USABLE);
		assertThat(item.headline()).isEqualTo("Le Louvre dévoile sa nouvelle entrée");
		assertThat(item.standfirst()).isEqualTo("Le musée ouvrira son accès par la colonnade en 2027.");
		assertThat(item.byline()).isEqualTo("Claire Fontaine");
		assertThat(item.agency()).isEqualTo("AFP");
		assertThat(item.language()).isEqualTo("fr");
		assertThat(item.subjects()).containsExactly("culture", "musée");
		assertThat(item.editorsNote()).startsWith("Sous embargo");
		assertThat(item.pictures()).containsExactly(new WirePicture("louvre.jpg",
				"La colonnade du Louvre, à Paris, le 29 janvier 2026.", "Stéphane de Sakutin / AFP"));
		assertThat(item.body()).isEqualTo("Le musée du Louvre a présenté vendredi le projet de sa nouvelle entrée, "
				+ "côté *colonnade*.\n\n## Un chantier de deux ans\n\nLes travaux commenceront à l’automne.");
	}

	@Test
	void aBylineLosesTheAgencysParOrByInAnyCaseButNotANameThatStartsSo() throws WireRefused {
		assertThat(byline("By: Claire Fontaine")).isEqualTo("Claire Fontaine");
		assertThat(byline("BY Claire Fontaine and Hugo Lambert")).isEqualTo("Claire Fontaine and Hugo Lambert");
		assertThat(byline("De Sousa")).as("a name, not a word before one").isEqualTo("De Sousa");
		assertThat(byline("De notre envoyé spécial, Hugo Lambert")).isEqualTo("De notre envoyé spécial, Hugo Lambert");
		assertThat(byline("par : Claire Fontaine")).isEqualTo("Claire Fontaine");
		assertThat(byline("Debbie Parker")).isEqualTo("Debbie Parker");
		assertThat(byline("Paris Bureau")).isEqualTo("Paris Bureau");
	}

	/** The byline read from the ninjs 1.x file, its {@code byline} replaced. */
	private String byline(String byline) throws WireRefused {
		String json = new String(WireFiles.bytes("ninjs/afp-ninjs-1.json"), java.nio.charset.StandardCharsets.UTF_8)
			.replace("\"byline\": \"Par Claire Fontaine\"", "\"byline\": \"" + byline + "\"");
		return format.read("louvre.json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8)).getFirst().byline();
	}

	@Test
	void ninjs2ReadsTheMainHeadlineAndTheHtmlBodyOfASecondVersion() throws WireRefused {
		WireItem item = read(format, "ninjs/afp-ninjs-2.json").getFirst();

		assertThat(item.version()).isEqualTo(2);
		assertThat(item.firstCreated()).isEqualTo(Instant.parse("2026-01-30T14:10:00Z"));
		assertThat(item.versionCreated()).isEqualTo(Instant.parse("2026-01-30T15:45:00Z"));
		assertThat(item.headline()).isEqualTo("Grève à la SNCF : un trafic très perturbé lundi");
		assertThat(item.standfirst()).isEqualTo("Un TGV sur trois circulera, selon la direction.");
		assertThat(item.byline()).isEqualTo("Hugo Lambert, AFP");
		assertThat(item.subjects()).containsExactly("transports", "grève", "SNCF");
		assertThat(item.editorsNote()).isEqualTo("Deuxième version : précise le trafic des TER.");
		assertThat(item.body()).contains("Un TGV sur trois circulera, et un TER sur deux.")
			.contains("> Nous appelons les voyageurs à reporter leur déplacement.");
		assertThat(item.pictures()).containsExactly(new WirePicture("gare-de-lyon.jpg",
				"Le hall de la gare de Lyon, à Paris, le 30 janvier 2026.", "Thomas Samson / AFP"));
	}

	@Test
	void ninjs3InCamelCaseWithAnArrayOfAssociations() throws WireRefused {
		WireItem item = read(format, "ninjs/afp-ninjs-3.json").getFirst();

		assertThat(item.provider()).isEqualTo("afp");
		assertThat(item.guid()).isEqualTo("urn:newsml:afp.com:20260130:TX-PAR-KSQ70");
		assertThat(item.versionCreated()).isEqualTo(Instant.parse("2026-01-30T16:30:00Z"));
		assertThat(item.headline()).isEqualTo("Tempête Ingrid : la Bretagne en vigilance orange");
		assertThat(item.standfirst()).isEqualTo("Des rafales de 130 km/h sont attendues sur les côtes.");
		assertThat(item.subjects()).containsExactly("météo", "tempête", "Bretagne");
		assertThat(item.body())
			.isEqualTo("Météo-France a placé samedi quatre départements bretons en vigilance orange.\n\n"
					+ "Les rafales pourraient atteindre 130 km/h sur le littoral.");
		assertThat(item.pictures()).containsExactly(new WirePicture("penmarch.jpg",
				"Des vagues à Penmarc’h (Finistère), le 30 janvier 2026.", "Fred Tanneau / AFP"));
	}

	@Test
	void aWithheldVersionWithdrawsTheSameItem() throws WireRefused {
		WireItem first = read(format, "ninjs/afp-ninjs-3.json").getFirst();
		WireItem withheld = read(format, "ninjs/afp-ninjs-withheld.json").getFirst();

		assertThat(withheld.identity()).isEqualTo(first.identity());
		assertThat(withheld.status()).isEqualTo(WireStatus.WITHHELD);
		assertThat(withheld.status().withdraws()).isTrue();
		assertThat(withheld.version()).isEqualTo(2);
		assertThat(withheld.editorsNote()).startsWith("SUSPENDU");
	}

	@Test
	void recognisesJsonItemsOnly() {
		assertThat(format.recognizes("louvre.json", head("ninjs/afp-ninjs-1.json"))).isTrue();
		assertThat(format.recognizes("louvre", head("ninjs/afp-ninjs-3.json"))).isTrue();
		assertThat(format.recognizes("sommet.xml", head("newsml/afp-sommet-v1.xml"))).isFalse();
		assertThat(format.recognizes("vendanges.txt", head("dispatch/afp-vendanges.txt"))).isFalse();
	}

}
