package org.kiosque.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kiosque.account.ApiTokens;
import org.kiosque.account.Role;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A tool calling the publishing API over real HTTP with one token (or none): JSON in,
 * answers with their headers and their body read as JSON.
 */
public final class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final int port;

	private final @Nullable String token;

	public ApiClient(int port, @Nullable String token) {
		this.port = port;
		this.token = token;
	}

	/** A client with a fresh token of {@code role}. */
	public static ApiClient with(ApplicationContext context, int port, Role role) {
		return new ApiClient(port, token(context, role));
	}

	/** A fresh token of {@code role}, made as the newsroom makes them. */
	public static String token(ApplicationContext context, Role role) {
		return context.getBean(ApiTokens.class)
			.create("Outil " + role.name().toLowerCase() + " " + System.nanoTime(), role, null)
			.secret();
	}

	public Answer get(String path) {
		return send("GET", path, null, Map.of());
	}

	public Answer post(String path, @Nullable String json, String... headers) {
		return send("POST", path, json, pairs(headers));
	}

	public Answer patch(String path, String json, String... headers) {
		return send("PATCH", path, json, pairs(headers));
	}

	public Answer delete(String path, String... headers) {
		return send("DELETE", path, null, pairs(headers));
	}

	public Answer send(String method, String path, @Nullable String json, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		// Set, not added: a test's Content-Type replaces the JSON one.
		headers.forEach(request::setHeader);
		return exchange(request.build());
	}

	/**
	 * A multipart upload: {@code file} (when {@code fileName} is not null) and fields.
	 */
	public Answer upload(String path, @Nullable String fileName, byte[] bytes, Map<String, String> fields,
			String... headers) {
		String boundary = "----kiosque" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		try {
			for (var field : fields.entrySet()) {
				body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
						+ "\"\r\n\r\n" + field.getValue() + "\r\n")
					.getBytes(StandardCharsets.UTF_8));
			}
			if (fileName != null) {
				body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
						+ fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
				body.write(bytes);
				body.write("\r\n".getBytes(StandardCharsets.UTF_8));
			}
			body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.expectContinue(true)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		pairs(headers).forEach(request::header);
		return exchange(request.build());
	}

	private Answer exchange(HttpRequest request) {
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response, response.body());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static Map<String, String> pairs(String... headers) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i + 1 < headers.length; i += 2) {
			map.put(headers[i], headers[i + 1]);
		}
		return map;
	}

	/** An answer: status, headers, body. */
	public record Answer(int status, HttpResponse<String> response, String body) {

		public @Nullable String header(String name) {
			return response.headers().firstValue(name).orElse(null);
		}

		public JsonNode json() {
			return JSON.readTree(body);
		}

		/** The ETag's revision number. */
		public int revision() {
			String etag = header("ETag");
			return etag == null ? -1 : Integer.parseInt(etag.replace("\"", ""));
		}

		@Override
		public String toString() {
			return status + " " + body;
		}

	}

}
