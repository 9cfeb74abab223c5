package org.kiosque.wires;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kiosque.wires.WireFiles.head;
import static org.kiosque.wires.WireFiles.read;

/**
 * An AFP NewsML-G2 item, its second version, its cancellation, and an embargoed message.
 */
class NewsMlWireTests {

	private final NewsMlWire format = new NewsMlWire();

	@Test
	void aNewsItemWithNitfInsideReadsWhole() throws WireRefused {
		List<WireItem> items = read(format, "newsml/afp-sommet-v1.xml");

		assertThat(items).hasSize(1);
		WireItem item = items.getFirst();
		assertThat(item.provider()).isEqualTo("nprov:AFP");
		assertThat(item.guid()).isEqualTo("urn:newsml:afp.com:20260130:TX-PAR-KSQ41");
		assertThat(item.identity()).isEqualTo("nprov:AFP urn:newsml:afp.com:20260130:TX-PAR-KSQ41");
		assertThat(item.version()).isEqualTo(1);
		assertThat(item.versionCreated()).isEqualTo(Instant.parse("2026-01-30T09:15:00Z"));
		assertThat(item.firstCreated()).isEqualTo(Instant.parse("2026-01-30T09:15:00Z"));
		assertThat(item.status()).isEqualTo(WireStatus.USABLE);
		assertThat(item.embargo()).isNull();
		assertThat(item.headline()).isEqualTo("L’Union africaine ouvre son sommet sur la sécurité alimentaire");
		assertThat(item.standfirst()).isEqualTo("Les dirigeants du continent se réunissent deux jours à Addis-Abeba.");
		assertThat(item.byline()).isEqualTo("Amina Belkacem");
		assertThat(item.agency()).isEqualTo("AFP");
		assertThat(item.language()).isEqualTo("fr");
		assertThat(item.subjects()).containsExactly("politique", "diplomatie", "Union africaine", "sommet");
		assertThat(item.editorsNote()).isEqualTo("Papier d’ensemble, sera complété après la conférence de presse.");
		assertThat(item.pictures()).containsExactly(new WirePicture("afp-sommet-photo.jpg",
				"Les chefs d’État réunis à Addis-Abeba, le 30 janvier 2026.", ""));
		assertThat(item.body()).startsWith("Les chefs d’État et de gouvernement de l’Union africaine")
			.contains("\n\n## Des stocks régionaux\n\n")
			.contains("« Nous devons agir *ensemble* »")
			.contains("[le site de l’organisation](https://au.int/fr)")
			.endsWith("Les travaux doivent s’achever samedi.")
			.doesNotContain("<");
	}

	@Test
	void theSecondVersionKeepsTheIdentityWithAHigherVersion() throws WireRefused {
		WireItem first = read(format, "newsml/afp-sommet-v1.xml").getFirst();
		WireItem second = read(format, "newsml/afp-sommet-v2.xml").getFirst();

		assertThat(second.identity()).isEqualTo(first.identity());
		assertThat(second.version()).isEqualTo(2);
		assertThat(second.versionCreated()).isAfter(first.versionCreated());
		assertThat(second.body()).contains("Une déclaration finale appelle à constituer des stocks régionaux");
		assertThat(second.editorsNote()).startsWith("Nouvelle version");
	}

	@Test
	void aCanceledItemWithdrawsWithoutABody() throws WireRefused {
		WireItem canceled = read(format, "newsml/afp-sommet-canceled.xml").getFirst();

		assertThat(canceled.status()).isEqualTo(WireStatus.CANCELED);
		assertThat(canceled.status().withdraws()).isTrue();
		assertThat(canceled.guid()).isEqualTo("urn:newsml:afp.com:20260130:TX-PAR-KSQ41");
		assertThat(canceled.version()).isEqualTo(3);
		assertThat(canceled.body()).isEmpty();
		assertThat(canceled.editorsNote()).startsWith("ANNULATION");
	}

	@Test
	void aNewsMessageGivesItsTextItemTheLinkedPictureItemAndTheEmbargo() throws WireRefused {
		List<WireItem> items = read(format, "newsml/afp-message-embargo.xml");

		assertThat(items).hasSize(1);
		WireItem item = items.getFirst();
		assertThat(item.embargo()).isEqualTo(Instant.parse("2026-02-02T05:00:00Z"));
		assertThat(item.status()).isEqualTo(WireStatus.USABLE);
		assertThat(item.pictures()).containsExactly(new WirePicture("insee-jeunes.jpg",
				"Des apprentis dans un atelier de mécanique à Lyon, le 12 janvier 2026.", "AFP / Ludovic Marin"));
		assertThat(item.body()).contains("Selon l’Insee, **35,2 %** des 15-24 ans")
			.contains("* apprentissage : +4 %")
			.doesNotContain("Emploi des jeunes");
		assertThat(item.byline()).isEqualTo("Julien Moreau");
		assertThat(item.agency()).isEqualTo("AFP");
	}

	@Test
	void recognisesItemsAndMessagesByTheirRootOnly() {
		assertThat(format.recognizes("afp.xml", head("newsml/afp-sommet-v1.xml"))).isTrue();
		assertThat(format.recognizes("afp.xml", head("newsml/afp-message-embargo.xml"))).isTrue();
		assertThat(format.recognizes("afp.xml", head("nitf/afp-nitf-embargo.xml"))).isFalse();
		assertThat(format.recognizes("rss.xml", head("feed/rss.xml"))).isFalse();
		assertThat(format.recognizes("a.json", head("ninjs/afp-ninjs-1.json"))).isFalse();
	}

}
