package org.kiosque.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.RawHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Files that must not become pictures are refused with the right status and a French
 * sentence, and leave nothing behind: a decompression bomb (a small PNG or JPEG declaring
 * 100 000 × 100 000 pixels, refused from its header before any decoding), a text file
 * renamed {@code .jpg}, a file past 25 MB (told on the site's error page before it is
 * sent), an animated GIF, a PNG whose pixels are broken, a TIFF (the table
 * {@link RefusedUploads}, which the API's upload shares).
 */
@KiosqueTest
class UploadRefusalTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	LibraryClient desk;

	@BeforeEach
	void signIn() {
		desk = new LibraryClient(context, port);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.kiosque.media.RefusedUploads#all")
	void refusedThroughTheLibrarysForm(RefusedUploads file) throws Exception {
		long before = count();
		HttpResponse<String> answer = desk.upload(file.name(), file.bytes().make());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(file.status());
		assertThat(answer.body()).contains(file.sentence());
		assertThat(count()).as("nothing stored").isEqualTo(before);
	}

	@Test
	void aClientThatAsksFirstIsRefusedBeforeSendingTheFile() throws Exception {
		RawHttp.Answer answer = RawHttp.headOnly(port, "POST", MediaLibrary.PATH,
				Map.of("Host", "localhost", "Content-Type", "multipart/form-data; boundary=x", "Content-Length",
						String.valueOf(30 * 1024 * 1024), "Expect", "100-continue", "Accept-Language", "fr", "Accept",
						"text/html,application/xhtml+xml,*/*;q=0.8"));
		assertThat(answer.status()).as("no 100 Continue: the refusal comes first").isEqualTo(413);
		assertThat(answer.header("content-type")).as("the site's error page").startsWith("text/html");
		assertThat(answer.body()).contains("25 Mo au plus").contains("<html lang=\"fr\"");
	}

	private long count() {
		return jdbc.sql("SELECT COUNT(*) FROM picture").query(Long.class).single();
	}

}
