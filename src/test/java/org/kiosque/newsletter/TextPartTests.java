package org.kiosque.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.mail.BodyPart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.Test;

class TextPartTests {

	/**
	 * French with its apostrophes and guillemets, an emoji, an equals sign, a line far
	 * over 76 characters, a line starting with a dot, trailing spaces, an empty line.
	 */
	private static final String TEXT = """
			L’édition du jour : «\u00a0Les Journées théâtrales de Carthage dévoilent leur affiche\u00a0» 🎭
			Prix = 10 dinars.%s
			.une ligne qui commence par un point
			des espaces en fin de ligne   \s

			Fin.""".formatted(" Une phrase longue, très longue, qui dépasse la ligne.".repeat(6));

	@Test
	void aPartGoesOnTheWireExactlyAsJavaMailWouldEncodeIt() throws Exception {
		for (String subtype : new String[] { "plain", "html" }) {
			MimeBodyPart javaMails = new MimeBodyPart();
			javaMails.setText(TEXT, "UTF-8", subtype);
			javaMails.setHeader("Content-Transfer-Encoding", "quoted-printable");

			assertThat(wire(TextPart.of(TEXT, subtype))).as(subtype).isEqualTo(wire(javaMails));
		}
	}

	@Test
	void aReaderGetsTheTextBackInLinesOfAtMost76Characters() throws Exception {
		String written = wire(TextPart.of(TEXT, "html"));
		String body = written.substring(written.indexOf("\r\n\r\n", written.indexOf("Content-Transfer-Encoding")) + 4);
		assertThat(body.split("\r\n")).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(76));

		MimeMessage read = new MimeMessage(Session.getInstance(new Properties()),
				new ByteArrayInputStream(written.getBytes(StandardCharsets.ISO_8859_1)));
		BodyPart part = ((MimeMultipart) read.getContent()).getBodyPart(0);
		assertThat(part.getContentType()).isEqualTo("text/html; charset=UTF-8");
		// Line breaks travel as CRLF, as MIME text must (RFC 2045 §2.10).
		assertThat(part.getContent()).isEqualTo(TEXT.replace("\n", "\r\n"));
	}

	/** A mail holding only {@code part}, as written out, its boundary made constant. */
	private static String wire(MimeBodyPart part) throws Exception {
		MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()));
		MimeMultipart alternative = new MimeMultipart("alternative");
		alternative.addBodyPart(part);
		mail.setContent(alternative);
		mail.saveChanges();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		mail.writeTo(out, new String[] { "Message-ID" });
		String written = out.toString(StandardCharsets.ISO_8859_1);
		String boundary = alternative.getContentType().replaceAll("(?s).*boundary=\"([^\"]+)\".*", "$1");
		return written.replace(boundary, "BOUNDARY");
	}

}
