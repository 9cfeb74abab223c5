package org.kiosque.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written by hand over a socket, for what a proper client refuses to send: a
 * forged {@code Host} header (the JDK's HttpClient forbids setting it).
 */
public final class RawHttp {

	private RawHttp() {
	}

	/**
	 * An answer's status, headers (names in lower case) and body, unchunked when it came
	 * with {@code Transfer-Encoding: chunked} (RFC 9112, section 7.1): a chunk's size
	 * line falls wherever the server's buffer filled, inside an attribute's value as
	 * well, and a form's token read with one inside it is no longer the token.
	 */
	public record Answer(int status, List<Map.Entry<String, String>> headers, String body) {

		public String header(String name) {
			return headers.stream()
				.filter(h -> h.getKey().equals(name.toLowerCase(Locale.ROOT)))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse(null);
		}

		public List<String> headers(String name) {
			return headers.stream()
				.filter(h -> h.getKey().equals(name.toLowerCase(Locale.ROOT)))
				.map(Map.Entry::getValue)
				.toList();
		}

	}

	/**
	 * Sends {@code method path} to 127.0.0.1:{@code port} with the given headers
	 * ({@code Host} among them) and an optional form body, and reads the answer.
	 */
	public static Answer send(int port, String method, String path, Map<String, String> headers, String body)
			throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(30_000);
			StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
			headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
			byte[] content = body.getBytes(StandardCharsets.UTF_8);
			if (!body.isEmpty()) {
				request.append("Content-Type: application/x-www-form-urlencoded\r\n");
			}
			request.append("Content-Length: ").append(content.length).append("\r\nConnection: close\r\n\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(content);
			out.flush();
			return head(socket.getInputStream());
		}
	}

	/**
	 * Sends only the head of {@code method path}, exactly the given headers (a
	 * {@code Content-Length} and {@code Expect: 100-continue} among them, say), and reads
	 * the first answer: what the server says before any body is sent.
	 */
	public static Answer headOnly(int port, String method, String path, Map<String, String> headers)
			throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(30_000);
			StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
			headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
			OutputStream out = socket.getOutputStream();
			out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			return head(socket.getInputStream());
		}
	}

	private static Answer head(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int b;
		while ((b = in.read()) != -1) {
			bytes.write(b);
			String sofar = bytes.toString(StandardCharsets.ISO_8859_1);
			if (sofar.endsWith("\r\n\r\n")) {
				break;
			}
		}
		String[] lines = bytes.toString(StandardCharsets.ISO_8859_1).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		List<Map.Entry<String, String>> headers = new ArrayList<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			if (colon > 0) {
				headers.add(Map.entry(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
						lines[i].substring(colon + 1).strip()));
			}
		}
		byte[] sent = in.readAllBytes();
		boolean chunked = headers.stream()
			.anyMatch(h -> h.getKey().equals("transfer-encoding") && h.getValue().equalsIgnoreCase("chunked"));
		return new Answer(status, headers, new String(chunked ? unchunked(sent) : sent, StandardCharsets.UTF_8));
	}

	/**
	 * The content of a chunked body: each chunk is its size in hexadecimal (perhaps with
	 * extensions after a {@code ;}), CRLF, that many bytes, CRLF; a chunk of size 0 ends
	 * it (trailers are left out).
	 */
	private static byte[] unchunked(byte[] sent) {
		ByteArrayOutputStream content = new ByteArrayOutputStream();
		int at = 0;
		while (at < sent.length) {
			int lineEnd = indexOfCrLf(sent, at);
			String sizeLine = new String(sent, at, lineEnd - at, StandardCharsets.ISO_8859_1);
			int size = Integer.parseInt(sizeLine.split(";", 2)[0].strip(), 16);
			if (size == 0) {
				break;
			}
			content.write(sent, lineEnd + 2, size);
			at = lineEnd + 2 + size + 2;
		}
		return content.toByteArray();
	}

	private static int indexOfCrLf(byte[] bytes, int from) {
		for (int i = from; i + 1 < bytes.length; i++) {
			if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
				return i;
			}
		}
		throw new IllegalStateException("A chunk's size line without its CRLF at byte " + from);
	}

}
