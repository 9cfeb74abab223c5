package org.kiosque.movein;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kiosque.article.BodyRenderer;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bold, italics, links and code written right before their punctuation
 * ({@code <strong>soulagés</strong>.}) read the same after the move: no space comes
 * before the full stop or the comma, French's spaces before « ? » and « ! » stay as
 * written, and so does a space the writer really typed
 * ({@code src/test/resources/movein/wordpress/emphasis.xml}).
 */
@KiosqueTest
class WordPressEmphasisTests {

	@LocalServerPort
	int port;

	@Autowired
	WordPressMove move;

	@Autowired
	Origins origins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BodyRenderer renderer;

	@BeforeEach
	void moveIn() throws IOException {
		if (origins.find(WordPressMove.SYSTEM, OriginKind.ARTICLE, "7001").isEmpty()) {
			Path export = Path.of("src/test/resources/movein/wordpress/emphasis.xml");
			move.run(new WordPressMove.Options(export, null, false, false));
		}
	}

	String body(String postId) {
		long id = origins.find(WordPressMove.SYSTEM, OriginKind.ARTICLE, postId).orElseThrow().kiosqueId();
		return jdbc.sql("SELECT body_markdown FROM article WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	String page(String path) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(new URI("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	@Test
	void theClassicEditorsBoldAndItalicsTouchTheirFullStopsAndCommas() throws Exception {
		assertThat(body("7001")).startsWith("Les riverains sont **soulagés**. Voir la ")
			.contains("[décision du préfet](https://prefecture.example/arrete), prise hier.")
			.contains("Le maire, *prudent*, attend la décrue.")
			.contains("Le code `ALERTE-2`, lui,");

		assertThat(page("/article/la-crue-est-passee-wpe"))
			.contains("Les riverains sont <strong>soulagés</strong>. Voir")
			.contains("</a>, prise hier.")
			.contains("Le maire, <em>prudent</em>, attend")
			.contains("<code>ALERTE-2</code>, lui,");
	}

	@Test
	void theBlockEditorsBoldAndItalicsTouchTheirPunctuationToo() throws Exception {
		assertThat(body("7002")).isEqualTo("Les commerçants, *rassurés*, rouvrent. Le pont est **ouvert**. Enfin "
				+ "[la décrue](https://courrier.example/la-crue-est-passee-wpe/).");

		assertThat(page("/article/le-pont-rouvre-wpe")).contains("Les commerçants, <em>rassurés</em>, rouvrent.")
			.contains("Le pont est <strong>ouvert</strong>. Enfin");
	}

	@Test
	void frenchSpacesAndTheWritersOwnSpacesStay() {
		assertThat(body("7001")).contains("« C’est **fini**\u202f? » demande-t-on ; il répond *non*\u202f!")
			.contains("reste affiché **ici** . Tel quel.");
	}

	@Test
	void anEmphasisEndingInPunctuationKeepsItsSpaceBeforeALetterToStayBold() {
		String markdown = WordPressBody
			.markdown("<p><strong>Attention.</strong>Le pont <em>(rouvert)</em>ce matin</p>", figure -> "")
			.markdown();

		assertThat(renderer.html(markdown))
			.isEqualTo("<p><strong>Attention.</strong> Le pont <em>(rouvert)</em> ce matin</p>");
	}

}
