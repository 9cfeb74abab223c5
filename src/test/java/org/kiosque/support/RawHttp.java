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
	 * An answer's status, headers (names in lower case) and body as sent (not unchunked).
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
		String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		List<Map.Entry<String, String>> headers = new ArrayList<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			if (colon > 0) {
				headers.add(Map.entry(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
						lines[i].substring(colon + 1).strip()));
			}
		}
		return new Answer(status, headers, body);
	}

}
