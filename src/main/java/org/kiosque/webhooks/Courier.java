package org.kiosque.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.Excerpt;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Posts one delivery: the JSON body, signed ({@link Signature}), with its event, id and
 * time in headers; within {@code kiosque.webhooks.timeout} in all (connection, answer and
 * the start of its body), never following a redirect (a redirect could lead to an address
 * the check refused). An answer 2xx is a success; anything else, or no answer, a failure
 * to try again.
 */
@Component
class Courier {

	/** How much of an answer (or of an error) an attempt's record keeps. */
	static final int EXCERPT = 500;

	/**
	 * Made at the first delivery, not at start: a JDK client loads the TLS stack and the
	 * trusted certificates (some 300 classes with the client's own) and starts a selector
	 * thread, which a site without webhooks never needs
	 * (docs/operations.md#memory-and-start).
	 */
	private final SingletonSupplier<HttpClient> client;

	private final Destinations destinations;

	private final WebhookSettings settings;

	private final Clock clock;

	Courier(Destinations destinations, WebhookSettings settings, Clock clock) {
		this.destinations = destinations;
		this.settings = settings;
		this.clock = clock;
		this.client = SingletonSupplier.of(() -> HttpClient.newBuilder()
			.connectTimeout(settings.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.version(HttpClient.Version.HTTP_1_1)
			.build());
	}

	/**
	 * What the receiver made of one attempt.
	 *
	 * @param status its HTTP status, {@code null} when none came (refused, timed out,
	 * unreachable)
	 * @param excerpt the start of its answer, or what went wrong
	 * @param took the attempt's duration
	 */
	record Answer(@Nullable Integer status, String excerpt, Duration took) {

		boolean succeeded() {
			return status != null && status >= 200 && status < 300;
		}

	}

	Answer post(URI url, String event, String deliveryId, String body, String secret) {
		long start = System.nanoTime();
		Optional<String> refused = destinations.refusalBeforeSending(url);
		if (refused.isPresent()) {
			return new Answer(null, refused.get(), since(start));
		}
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(url)
			.timeout(settings.timeout())
			.header("Content-Type", "application/json; charset=utf-8")
			.header("User-Agent", "Kiosque-Webhooks/1")
			.header("X-Kiosque-Event", event)
			.header("X-Kiosque-Delivery", deliveryId)
			.header("X-Kiosque-Timestamp", String.valueOf(clock.instant().getEpochSecond()))
			.header(Signature.HEADER, Signature.of(bytes, secret))
			.POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
			.build();
		long deadline = start + settings.timeout().toNanos();
		CompletableFuture<HttpResponse<InputStream>> sending = client.obtain()
			.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
		try {
			HttpResponse<InputStream> response = sending.get(remaining(deadline), TimeUnit.NANOSECONDS);
			try (InputStream in = response.body()) {
				// A receiver that answers its headers and then dawdles over its body must
				// not hold the worker past the timeout either.
				CompletableFuture<byte[]> reading = CompletableFuture.supplyAsync(() -> {
					try {
						return in.readNBytes(EXCERPT * 4);
					}
					catch (IOException e) {
						return new byte[0];
					}
				}, command -> Thread.ofVirtual().name("webhook-answer").start(command));
				byte[] start2 = reading.get(remaining(deadline), TimeUnit.NANOSECONDS);
				return new Answer(response.statusCode(),
						Excerpt.of(new String(start2, StandardCharsets.UTF_8), EXCERPT), since(start));
			}
			catch (TimeoutException e) {
				return new Answer(response.statusCode(), "(answer body not read within the timeout)", since(start));
			}
		}
		catch (TimeoutException e) {
			sending.cancel(true);
			return new Answer(null, "Timed out after " + settings.timeout().toMillis() + " ms", since(start));
		}
		catch (ExecutionException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			return new Answer(null, Excerpt.of(cause.getClass().getSimpleName() + ": " + cause.getMessage(), EXCERPT),
					since(start));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			sending.cancel(true);
			return new Answer(null, "Interrupted", since(start));
		}
		catch (IOException e) {
			return new Answer(null, Excerpt.of(e.toString(), EXCERPT), since(start));
		}
	}

	private static long remaining(long deadline) {
		return Math.max(1, deadline - System.nanoTime());
	}

	private static Duration since(long start) {
		return Duration.ofNanos(System.nanoTime() - start);
	}

}
