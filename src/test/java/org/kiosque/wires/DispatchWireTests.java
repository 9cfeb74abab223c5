package org.kiosque.wires;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.kiosque.site.SiteSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.kiosque.wires.WireFiles.head;
import static org.kiosque.wires.WireFiles.read;

/** The seed's text form through the same contract as the agencies' formats. */
class DispatchWireTests {

	private final DispatchWire format = new DispatchWire(
			new SiteSettings("Kiosque", "", URI.create("http://localhost/"), Locale.FRENCH, ZoneId.of("Europe/Paris")));

	@Test
	void aTextDispatchIsOneItemKeyedByItsHeadlineAndDay() throws WireRefused {
		WireItem item = read(format, "dispatch/afp-vendanges.txt").getFirst();

		assertThat(item.provider()).isEqualTo("dispatch");
		assertThat(item.guid()).hasSize(64);
		assertThat(item.version()).isZero();
		assertThat(item.headline()).isEqualTo("Vendanges : une récolte en baisse de 10 % en France");
		assertThat(item.firstCreated()).isEqualTo(Instant.parse("2026-01-29T23:00:00Z"));
		assertThat(item.agency()).isEqualTo("AFP");
		assertThat(item.body()).isEqualTo(
				"La production de vin en France a reculé de 10 % en 2025, selon le ministère de l’Agriculture.\n\n"
						+ "Le gel de printemps et la sécheresse estivale expliquent l’essentiel de la baisse.");
		assertThat(item.pictures()).containsExactly(
				new WirePicture("", "Des vendangeurs dans un vignoble de Bourgogne, en septembre 2025.", ""));
		assertThat(item.status()).isEqualTo(WireStatus.USABLE);
	}

	@Test
	void theSameDispatchReadTwiceHasTheSameIdentity() throws WireRefused {
		assertThat(read(format, "dispatch/afp-vendanges.txt").getFirst().identity())
			.isEqualTo(read(format, "dispatch/afp-vendanges.txt").getFirst().identity());
	}

	@Test
	void aPageOfChromeIsRefusedWithTheImportsReason() {
		WireRefused refused = catchThrowableOfType(WireRefused.class,
				() -> read(format, "refused/dispatch-chrome.txt"));

		assertThat(refused.key()).isEqualTo("wires.refused.dispatch");
		assertThat(refused.getMessage()).startsWith("dépêche texte refusée : rien que l’habillage d’une page");
	}

	@Test
	void takesTextFilesButNeverXmlOrJson() {
		assertThat(format.recognizes("vendanges.txt", head("dispatch/afp-vendanges.txt"))).isTrue();
		assertThat(format.recognizes("vendanges", head("dispatch/afp-vendanges.txt"))).isTrue();
		assertThat(format.recognizes("sommet", head("newsml/afp-sommet-v1.xml"))).isFalse();
		assertThat(format.recognizes("louvre", head("ninjs/afp-ninjs-1.json"))).isFalse();
		assertThat(format.recognizes("photo.jpg", new byte[] { (byte) 0xFF, (byte) 0xD8 })).isFalse();
	}

}
