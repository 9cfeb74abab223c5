package org.kiosque.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kiosque.account.People;
import org.kiosque.account.Role;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.RawHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * What the site does with requests shaped to abuse it: a forged {@code Host} header, a
 * multipart body on an ordinary form, an {@code X-Forwarded-For} from an untrusted
 * address.
 */
@KiosqueTest
@Tag(KiosqueTest.SAME_ON_EVERY_DATABASE)
class RequestEdgeTests {

	private static final String EVIL = "evil.example";

	private static final String PASSWORD = "un secret de rédaction";

	@LocalServerPort
	int port;

	@Autowired
	People people;

	@Autowired
	WebServerApplicationContext server;

	@Test
	void aForgedHostNeverComesBackInARedirect() throws Exception {
		for (String path : List.of("/account", "/newsroom", "/newsroom/comments")) {
			RawHttp.Answer answer = RawHttp.send(port, "GET", path, Map.of("Host", EVIL), "");
			assertThat(answer.status()).as(path).isEqualTo(302);
			assertThat(answer.header("Location")).as(path).isEqualTo("/login");
		}
	}

	@Test
	void aForgedHostIsNotWhereASignInReturnsTo() throws Exception {
		String email = "hote-" + System.nanoTime() + "@exemple.fr";
		people.add(email, "Hôte", Role.READER, PASSWORD);

		RawHttp.Answer asked = RawHttp.send(port, "GET", "/account?onglet=1", Map.of("Host", EVIL), "");
		String session = cookie(asked, "SESSION");
		assertThat(session).as("the asked page is remembered").isNotNull();
		RawHttp.Answer form = RawHttp.send(port, "GET", "/login", Map.of("Host", EVIL, "Cookie", session), "");
		String token = Jsoup.parse(form.body()).selectFirst("form#sign-in input[name=_csrf]").val();
		RawHttp.Answer signedIn = RawHttp.send(port, "POST", "/login", Map.of("Host", EVIL, "Cookie", session),
				Browser.form(Map.of("_csrf", token, "username", email, "password", PASSWORD)));
		assertThat(signedIn.status()).as("%s%n%s", signedIn.headers(), Jsoup.parse(signedIn.body()).text())
			.isEqualTo(302);
		assertThat(signedIn.header("Location")).doesNotContain(EVIL).startsWith("/account?onglet=1");

		// A Spring MVC redirect (the sign-in page, for someone already signed in).
		String renewed = cookie(signedIn, "SESSION");
		RawHttp.Answer again = RawHttp.send(port, "GET", "/login", Map.of("Host", EVIL, "Cookie", renewed), "");
		assertThat(again.status()).isEqualTo(302);
		assertThat(again.header("Location")).isEqualTo("/account");
	}

	@Test
	void multipartBodiesAreRefusedUnreadExceptOnDeclaredUploadPaths() throws Exception {
		String token = new Browser(port).get("/login").html().selectFirst("input[name=_csrf]").val();
		for (String path : List.of("/register", "/login", "/newsletter/subscribe", "/recherche")) {
			HttpResponse<String> refused = multipart(path, token);
			assertThat(refused.statusCode()).as(path).isEqualTo(415);
			assertThat(refused.body()).as(path).contains("Format d’envoi refusé");
		}
		HttpResponse<String> upload = multipart(TestUploadForm.PATH, token);
		assertThat(upload.statusCode()).isEqualTo(200);
		assertThat(upload.body()).isEqualTo("parts: 2");
	}

	@Test
	void aFormLargerThanTheContainerParsesIsRefusedUnreadWithTheSitesPageInFrench() throws Exception {
		String token = new Browser(port).get("/login").html().selectFirst("input[name=_csrf]").val();
		String body = "_csrf=" + token + "&headline=Trop+long&body=" + "mot+".repeat(800_000);
		for (String path : List.of("/newsroom/articles/new", "/newsletter/subscribe", "/register")) {
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "text/html")
				.expectContinue(true)
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.US_ASCII))
				.build();
			HttpResponse<String> refused;
			try (HttpClient http = HttpClient.newHttpClient()) {
				refused = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			}
			assertThat(refused.statusCode()).as(path).isEqualTo(413);
			assertThat(Jsoup.parse(refused.body()).text()).as(path)
				.contains("Envoi trop volumineux")
				.contains("Le formulaire envoyé dépasse 2 Mo");
		}
	}

	@Test
	void onlyLoopbackProxiesMaySetTheClientAddress() {
		RemoteIpValve valve = Arrays
			.stream(((TomcatWebServer) server.getWebServer()).getTomcat().getEngine().getPipeline().getValves())
			.filter(RemoteIpValve.class::isInstance)
			.map(RemoteIpValve.class::cast)
			.findFirst()
			.orElseThrow(() -> new AssertionError("X-Forwarded-For is honoured through Tomcat's RemoteIpValve"));
		Pattern trusted = Pattern.compile(valve.getInternalProxies());
		assertThat(List.of("127.0.0.1", "127.1.2.3", "0:0:0:0:0:0:0:1", "::1"))
			.allMatch(a -> trusted.matcher(a).matches());
		assertThat(List.of("10.0.0.7", "192.168.1.20", "172.16.0.3", "100.64.0.1", "169.254.1.1", "fd00:0:0:0:0:0:0:1",
				"203.0.113.9"))
			.noneMatch(a -> trusted.matcher(a).matches());
		assertThat(valve.getTrustedProxies()).as("no proxy trusted beyond the internal ones").isNullOrEmpty();
	}

	private HttpResponse<String> multipart(String path, String token) throws Exception {
		String boundary = "----kiosque" + System.nanoTime();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", token);
		fields.put("email", "piece-jointe@exemple.fr");
		StringBuilder body = new StringBuilder();
		fields.forEach((name, value) -> body.append("--")
			.append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"")
			.append(name)
			.append("\"\r\n\r\n")
			.append(value)
			.append("\r\n"));
		body.append("--").append(boundary).append("--\r\n");
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
			.build();
		try (HttpClient http = HttpClient.newHttpClient()) {
			return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
	}

	private static String cookie(RawHttp.Answer answer, String name) {
		return answer.headers("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith(name + "="))
			.map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
			.findFirst()
			.orElse(null);
	}

}
