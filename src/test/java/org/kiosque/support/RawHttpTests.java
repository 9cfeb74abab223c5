package org.kiosque.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The hand-written client reads a chunked answer as its content: the sign-in form's
 * token, cut by a chunk's size line where the server's buffer filled, comes out whole
 * (the intermittent refusal of {@code RequestEdgeTests}' sign-in, late in full runs, was
 * that).
 */
class RawHttpTests {

	@Test
	void aChunkedBodyIsReadAsItsContentEvenWhenAChunkEndsInsideAValue() throws Exception {
		String page = "<form id=\"sign-in\"><input name=\"_csrf\" value=\"jeton-entier-é\"></form>";
		int cut = page.indexOf("entier");
		byte[] first = page.substring(0, cut).getBytes(StandardCharsets.UTF_8);
		byte[] second = page.substring(cut).getBytes(StandardCharsets.UTF_8);
		String answer = "HTTP/1.1 200 OK\r\nContent-Type: text/html;charset=UTF-8\r\nTransfer-Encoding: chunked\r\n\r\n"
				+ Integer.toHexString(first.length) + "\r\n" + new String(first, StandardCharsets.ISO_8859_1) + "\r\n"
				+ Integer.toHexString(second.length) + ";ext=1\r\n" + new String(second, StandardCharsets.ISO_8859_1)
				+ "\r\n0\r\n\r\n";
		try (ServerSocket server = new ServerSocket(0)) {
			CompletableFuture<Void> served = CompletableFuture.runAsync(() -> serveOnce(server, answer));
			RawHttp.Answer read = RawHttp.send(server.getLocalPort(), "GET", "/login", Map.of("Host", "exemple.fr"),
					"");
			served.join();
			assertThat(read.body()).isEqualTo(page);
			assertThat(Jsoup.parse(read.body()).selectFirst("input[name=_csrf]").val()).isEqualTo("jeton-entier-é");
		}
	}

	private static void serveOnce(ServerSocket server, String answer) {
		try (Socket client = server.accept()) {
			InputStream in = client.getInputStream();
			String head = "";
			while (!head.endsWith("\r\n\r\n")) {
				head += (char) in.read();
			}
			OutputStream out = client.getOutputStream();
			out.write(answer.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}

}
