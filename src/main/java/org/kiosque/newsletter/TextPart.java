package org.kiosque.newsletter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeUtility;

import org.apache.commons.io.output.UnsynchronizedByteArrayOutputStream;

/**
 * A text part of a newsletter mail, encoded once into bytes as it is made: UTF-8,
 * quoted-printable (RFC 2045 §6.7), the encoding JavaMail picks for French text and one
 * that fits any text and line length.
 * <p>
 * Left to JavaMail, a part is encoded as the mail is written to the SMTP connection, one
 * byte at a time through the connection's locked buffer: about 30 ns a byte, most of an
 * edition's CPU once a mail carries a few dozen articles. A part made of encoded bytes is
 * copied to the connection in blocks instead. The bytes on the wire are the same.
 */
final class TextPart {

	private static final String ENCODING = "quoted-printable";

	private TextPart() {
	}

	/**
	 * The part for {@code text} as {@code text/<subtype>; charset=UTF-8}.
	 * @param subtype {@code plain} or {@code html}
	 * @throws MessagingException if JavaMail cannot encode (it always can: the encoding
	 * is built in)
	 */
	static MimeBodyPart of(String text, String subtype) throws MessagingException {
		byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
		// A first guess at the encoded size (an accented letter takes six bytes, a soft
		// line break three every 76); the buffer grows when the guess falls short.
		UnsynchronizedByteArrayOutputStream encoded = UnsynchronizedByteArrayOutputStream.builder()
			.setBufferSize(utf8.length + utf8.length / 3 + 64)
			.get();
		try (OutputStream out = MimeUtility.encode(encoded, ENCODING)) {
			out.write(utf8);
		}
		catch (IOException e) {
			throw new MessagingException("Encoding a " + subtype + " part", e);
		}
		InternetHeaders headers = new InternetHeaders();
		headers.setHeader("Content-Type", "text/" + subtype + "; charset=UTF-8");
		headers.setHeader("Content-Transfer-Encoding", ENCODING);
		return new MimeBodyPart(headers, encoded.toByteArray());
	}

}
