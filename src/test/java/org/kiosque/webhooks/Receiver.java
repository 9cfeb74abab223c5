package org.kiosque.webhooks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A tool that receives webhooks: the JDK's HTTP server on 127.0.0.1, recording each
 * request as it came (raw body bytes included), answering the statuses it is given in
 * turn (then 200), or hanging until released.
 */
final class Receiver implements AutoCloseable {

	record Received(String path, Headers headers, byte[] body) {

		String text() {
			return new String(body, StandardCharsets.UTF_8);
		}

		String header(String name) {
			return headers.getFirst(name);
		}

	}

	private final HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final ConcurrentLinkedDeque<Integer> statuses = new ConcurrentLinkedDeque<>();

	private final CountDownLatch released = new CountDownLatch(1);

	private volatile boolean hanging;

	Receiver() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", this::handle);
		server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		server.start();
	}

	/** The address to register. */
	String url(String path) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + path;
	}

	/** Answers these statuses to the next requests, in turn. */
	Receiver answering(Integer... codes) {
		statuses.addAll(List.of(codes));
		return this;
	}

	/** Takes every request and never answers, until {@link #close()}. */
	Receiver hanging() {
		hanging = true;
		return this;
	}

	List<Received> received() {
		return List.copyOf(received);
	}

	private void handle(HttpExchange exchange) throws IOException {
		byte[] body = exchange.getRequestBody().readAllBytes();
		received.add(new Received(exchange.getRequestURI().getPath(), exchange.getRequestHeaders(), body));
		if (hanging) {
			try {
				released.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		Integer next = statuses.poll();
		int status = next == null ? 200 : next;
		byte[] answer = (status == 200 ? "{\"ok\":true}" : "Erreur du récepteur " + status)
			.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, answer.length);
		exchange.getResponseBody().write(answer);
		exchange.close();
	}

	@Override
	public void close() {
		released.countDown();
		server.stop(0);
	}

}
