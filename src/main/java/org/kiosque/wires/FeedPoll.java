package org.kiosque.wires;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.Labels;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Reads a feed source over HTTP with the JDK's client: a conditional request
 * ({@code If-None-Match} with the last {@code ETag}, {@code If-Modified-Since} with the
 * last {@code Last-Modified}, RFC 9110 §13.1), a timeout on connecting and on the answer,
 * and at most {@code kiosque.wires.max-bytes} read.
 */
@Component
class FeedPoll {

	/**
	 * Made at the first poll, not at start: a JDK client loads the TLS stack and the
	 * trusted certificates and starts a selector thread, which a site without wire
	 * sources never needs (docs/operations.md#memory-and-start).
	 */
	private final SingletonSupplier<HttpClient> client;

	private final WireSettings settings;

	private final Formats formats;

	private final Labels labels;

	FeedPoll(WireSettings settings, Formats formats, Labels labels) {
		this.settings = settings;
		this.formats = formats;
		this.labels = labels;
		this.client = SingletonSupplier.of(() -> HttpClient.newBuilder()
			.connectTimeout(settings.timeout())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build());
	}

	/**
	 * What a poll read.
	 *
	 * @param items the entries, empty when the feed had not changed ({@code 304})
	 * @param notModified whether the server answered {@code 304 Not Modified}
	 */
	record Read(List<WireItem> items, boolean notModified, @Nullable String etag, @Nullable String lastModified,
			String format) {
	}

	/**
	 * Fetches and reads the feed.
	 * @throws PollFailed when the server cannot be reached, answers an error, sends too
	 * much, or sends something no format reads
	 */
	Read read(WireSource source, @Nullable String etag, @Nullable String lastModified) throws PollFailed {
		URI uri = URI.create(source.location());
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.timeout(settings.timeout())
			.header("User-Agent", "Kiosque-wires/1")
			.header("Accept", "application/atom+xml, application/rss+xml, application/xml, application/json, */*;q=0.5")
			.GET();
		if (etag != null) {
			request.header("If-None-Match", etag);
		}
		if (lastModified != null) {
			request.header("If-Modified-Since", lastModified);
		}
		byte[] bytes;
		HttpResponse<InputStream> response;
		try {
			response = client.obtain().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream in = response.body()) {
				if (response.statusCode() == 304) {
					return new Read(List.of(), true, etag, lastModified, "");
				}
				if (response.statusCode() / 100 != 2) {
					throw new PollFailed(labels.get("wiredesk.failed.http", response.statusCode()));
				}
				long limit = settings.maxBytes().toBytes();
				bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
				if (bytes.length > limit) {
					throw new PollFailed(labels.get("wiredesk.failed.too-large", limit));
				}
			}
		}
		catch (HttpTimeoutException e) {
			throw new PollFailed(labels.get("wiredesk.failed.timeout", settings.timeout().toSeconds()));
		}
		catch (IOException e) {
			throw new PollFailed(labels.get("wiredesk.failed.unreachable", String.valueOf(e.getMessage())));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new PollFailed(labels.get("wiredesk.failed.unreachable", "interrupted"));
		}
		String name = fileName(uri);
		Optional<WireFormat> format = formats.of(name, bytes);
		if (format.isEmpty()) {
			throw new PollFailed(labels.get("wiredesk.failed.unknown-format", name));
		}
		try {
			return new Read(format.get().read(name, bytes), false, response.headers().firstValue("ETag").orElse(null),
					response.headers().firstValue("Last-Modified").orElse(null), format.get().name());
		}
		catch (WireRefused refused) {
			throw new PollFailed(refused.getMessage());
		}
	}

	/** The last segment of the address's path, as formats recognise files by name. */
	static String fileName(URI uri) {
		String path = uri.getPath() == null ? "" : uri.getPath();
		String last = path.substring(path.lastIndexOf('/') + 1);
		return last.isBlank() ? "feed.xml" : last;
	}

}
