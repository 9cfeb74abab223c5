package org.kiosque.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;

import org.kiosque.account.Role;
import org.kiosque.support.Browser;
import org.kiosque.support.StaffSession;
import org.springframework.context.ApplicationContext;

/**
 * A signed-in staff member at the media library, sending files as a browser's form does
 * ({@code multipart/form-data}, field {@code file}, the page's CSRF token), and a reader
 * fetching renditions as bytes.
 */
final class LibraryClient {

	private final Browser browser;

	private final int port;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	LibraryClient(ApplicationContext context, int port) {
		this.browser = StaffSession.signedIn(context, port, Role.CONTRIBUTOR);
		this.port = port;
	}

	Browser browser() {
		return browser;
	}

	/** Sends {@code bytes} as {@code fileName} through the library's upload form. */
	HttpResponse<String> upload(String fileName, byte[] bytes) throws IOException, InterruptedException {
		String token = browser.get(MediaLibrary.PATH)
			.html()
			.selectFirst("form.media-upload input[name=_csrf]")
			.attr("value");
		String boundary = "----kiosque" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n")
					.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(bytes);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + MediaLibrary.PATH))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Cookie", cookies())
			.header("Accept-Language", "fr-FR,fr;q=0.9")
			.timeout(Duration.ofSeconds(60))
			// As curl does for large bodies: a refusal from the headers then arrives
			// before
			// the body is sent, instead of racing the connection's close (Uploads).
			.expectContinue(true)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** The id of the picture an accepted upload redirected to. */
	static long uploadedId(HttpResponse<String> answer) {
		String location = answer.headers().firstValue("Location").orElseThrow();
		String path = URI.create(location).getPath();
		return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
	}

	/** A GET as an anonymous reader, the body as bytes. */
	static HttpResponse<byte[]> fetch(int port, String path, Map<String, String> headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(60))
			.GET();
		headers.forEach(request::header);
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** A GET with the staff member's cookies, the body as bytes. */
	HttpResponse<byte[]> fetchSignedIn(String path) throws IOException, InterruptedException {
		return fetch(port, path, Map.of("Cookie", cookies()));
	}

	private String cookies() {
		StringJoiner cookie = new StringJoiner("; ");
		for (String name : new String[] { "SESSION", "JSESSIONID", "remember-me" }) {
			String value = browser.cookie(name);
			if (value != null) {
				cookie.add(name + "=" + value);
			}
		}
		return cookie.toString();
	}

}
