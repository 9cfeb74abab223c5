package org.kiosque.wires;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kiosque.wires.WireFiles.head;
import static org.kiosque.wires.WireFiles.read;

/** An embargoed AFP NITF 3.6 document with its picture, then its cancellation. */
class NitfWireTests {

	private final NitfWire format = new NitfWire();

	@Test
	void anEmbargoedDocumentReadsWholeWithItsPicture() throws WireRefused {
		WireItem item = read(format, "nitf/afp-nitf-embargo.xml").getFirst();

		assertThat(item.provider()).isEqualTo("afp");
		assertThat(item.guid()).isEqualTo("AFP-20260130-GONCOURT-LYCEENS");
		assertThat(item.agency()).isEqualTo("AFP");
		assertThat(item.version()).isEqualTo(2);
		assertThat(item.versionCreated()).isEqualTo(Instant.parse("2026-01-30T13:15:00Z"));
		assertThat(item.embargo()).isEqualTo(Instant.parse("2026-02-02T17:00:00Z"));
		assertThat(item.status()).isEqualTo(WireStatus.USABLE);
		assertThat(item.headline()).isEqualTo("Le Goncourt des lycéens à une primo-romancière");
		assertThat(item.standfirst()).isEqualTo("Le jury a tranché au premier tour de scrutin.");
		assertThat(item.byline()).isEqualTo("Sophie Martin");
		assertThat(item.editorsNote()).isEqualTo("Embargo : lundi 2 février, 18 h 00.");
		assertThat(item.subjects()).containsExactly("littérature", "prix littéraire");
		assertThat(item.language()).isEqualTo("fr");
		assertThat(item.pictures()).containsExactly(new WirePicture("goncourt-lyceens.jpg",
				"Léa Durand à Rennes, le 30 janvier 2026.", "AFP / Damien Meyer"));
		assertThat(item.body()).startsWith("Le prix Goncourt des lycéens a été attribué vendredi à Léa Durand")
			.contains("\n\n## Un premier roman\n\n")
			.contains("> Les lycéens ont lu avec une rare attention.")
			.doesNotContain("Léa Durand à Rennes")
			.doesNotContain("sm/jd");
	}

	@Test
	void aReleaseDateThatIsTheIssueDateIsNoEmbargo() throws WireRefused {
		String same = new String(WireFiles.bytes("nitf/afp-nitf-embargo.xml"), java.nio.charset.StandardCharsets.UTF_8)
			.replace("management-status=\"embargoed\"", "management-status=\"usable\"")
			.replace("20260202T180000+0100", "20260130T141500+0100");

		WireItem item = format.read("same.xml", same.getBytes(java.nio.charset.StandardCharsets.UTF_8)).getFirst();

		assertThat(item.embargo()).isNull();
	}

	@Test
	void aBylineWhoseParTheAgencyWroteKeepsTheNamesOnly() throws WireRefused {
		String benali = new String(WireFiles.bytes("nitf/afp-nitf-embargo.xml"),
				java.nio.charset.StandardCharsets.UTF_8)
			.replace("<byline>Par <person>Sophie Martin</person></byline>",
					"<byline>Par <person>Karim Benali</person></byline>");

		WireItem item = format.read("benali.xml", benali.getBytes(java.nio.charset.StandardCharsets.UTF_8)).getFirst();

		assertThat(item.byline()).as("the article page prints its own « Par »").isEqualTo("Karim Benali");
	}

	@Test
	void aCanceledDocumentInLatin1Withdraws() throws WireRefused {
		WireItem item = read(format, "nitf/afp-nitf-canceled.xml").getFirst();

		assertThat(item.status()).isEqualTo(WireStatus.CANCELED);
		assertThat(item.guid()).isEqualTo("AFP-20260130-GONCOURT-LYCEENS");
		assertThat(item.version()).isEqualTo(3);
		assertThat(item.headline()).isEqualTo("ANNULÉ - Le Goncourt des lycéens");
		assertThat(item.editorsNote()).isEqualTo("ANNULATION : dépêche retirée.");
	}

	@Test
	void recognisesTheNitfRootEvenAfterADoctype() {
		assertThat(format.recognizes("goncourt.xml", head("nitf/afp-nitf-embargo.xml"))).isTrue();
		assertThat(format.recognizes("sommet.xml", head("newsml/afp-sommet-v1.xml"))).isFalse();
	}

}
