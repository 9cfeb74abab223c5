package org.kiosque.wires;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Agency XML never reads the server's files, never fetches a DTD, never expands entities
 * without end, and never parses a file larger than an agency would send.
 */
class WireXmlTests {

	@Test
	void anExternalEntityIsRefusedAndReadsNothing(@TempDir Path folder) throws Exception {
		Path secret = Files.writeString(folder.resolve("secret.txt"), "mot-de-passe-du-serveur");
		String xxe = """
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE newsItem [ <!ENTITY secret SYSTEM "%s"> ]>
				<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:1" version="1">
				  <itemMeta><itemClass qcode="ninat:text"/><provider qcode="nprov:X"/></itemMeta>
				  <contentMeta><headline>&secret;</headline></contentMeta>
				</newsItem>
				""".formatted(secret.toUri());

		for (WireFormat format : List.of(new NewsMlWire(), new NitfWire(), new FeedWire())) {
			WireRefused refused = catchThrowableOfType(WireRefused.class,
					() -> format.read("xxe.xml", xxe.getBytes(StandardCharsets.UTF_8)));

			assertThat(refused).as(format.name()).isNotNull();
			assertThat(refused.key()).isEqualTo("wires.refused.dtd");
			assertThat(refused.getMessage()).doesNotContain("mot-de-passe");
		}
	}

	@Test
	void theBillionLaughsAreRefusedBeforeAnyExpansion() {
		long before = System.nanoTime();
		WireRefused refused = catchThrowableOfType(WireRefused.class,
				() -> new NitfWire().read("lol.xml", WireFiles.bytes("refused/billion-laughs.xml")));

		assertThat(refused.key()).isEqualTo("wires.refused.dtd");
		assertThat(System.nanoTime() - before).isLessThan(2_000_000_000L);
	}

	@Test
	void anExternalDtdIsNamedButNeverFetched() {
		String remote = """
				<?xml version="1.0"?>
				<!DOCTYPE nitf SYSTEM "http://127.0.0.1:9/nitf-3-6.dtd">
				<nitf><head><docdata><doc-id id-string="a-1"/></docdata></head>
				<body><body.head><hedline><hl1>Titre</hl1></hedline></body.head></body></nitf>
				""";

		assertThatNoException().isThrownBy(() -> {
			WireItem item = new NitfWire().read("a.xml", remote.getBytes(StandardCharsets.UTF_8)).getFirst();
			assertThat(item.headline()).isEqualTo("Titre");
		});
	}

	@Test
	void aFileLargerThanAnyAgencyItemIsRefusedUnread() {
		byte[] huge = new byte[WireXml.MAX_BYTES + 1];

		for (WireFormat format : List.of(new NewsMlWire(), new NitfWire(), new FeedWire(), new NinjsWire())) {
			WireRefused refused = catchThrowableOfType(WireRefused.class, () -> format.read("huge", huge));

			assertThat(refused.key()).as(format.name()).isEqualTo("wires.refused.too-large");
			assertThat(refused.getMessage()).isEqualTo("fichier trop volumineux (plus de 10\u202f485\u202f760 octets)");
		}
	}

	@Test
	void theRootIsFoundAfterTheDeclarationCommentsAndDoctype() {
		assertThat(WireXml.rootName("""
				\uFEFF<?xml version="1.0"?>
				<!-- AFP -->
				<!DOCTYPE nitf SYSTEM "nitf.dtd">
				<g2:newsItem xmlns:g2="http://iptc.org/std/nar/2006-10-01/">""".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("newsItem");
		assertThat(WireXml.rootName("pas du XML".getBytes(StandardCharsets.UTF_8))).isEmpty();
	}

}
