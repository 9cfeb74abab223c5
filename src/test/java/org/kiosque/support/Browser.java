package org.kiosque.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A reader's browser over real HTTP: keeps cookies, follows no redirect by itself (tests
 * see them), and fills forms the way a browser does, hidden CSRF field included.
 */
public final class Browser {

	private final String base;

	private final CookieManager cookies;

	private final HttpClient http;

	private String forwardedFor;

	private String userAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36";

	public Browser(int port) {
		this(port, new CookieManager());
	}

	private Browser(int port, CookieManager cookies) {
		this.base = "http://127.0.0.1:" + port;
		this.cookies = cookies;
		this.http = HttpClient.newBuilder()
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	/**
	 * The same browser (its cookies, its address, its User-Agent) sent to the node on
	 * {@code port}, as a load balancer without sticky sessions would: cookies set by
	 * either are sent to both.
	 */
	public Browser at(int port) {
		Browser other = new Browser(port, cookies);
		other.forwardedFor = forwardedFor;
		other.userAgent = userAgent;
		return other;
	}

	public Browser userAgent(String userAgent) {
		this.userAgent = userAgent;
		return this;
	}

	/**
	 * Sends {@code X-Forwarded-For}, as a proxy would: each test its own client address.
	 */
	public Browser from(String clientAddress) {
		this.forwardedFor = clientAddress;
		return this;
	}

	public Page get(String path) {
		return send(request(path).GET().build());
	}

	public Page get(String path, Map<String, String> headers) {
		HttpRequest.Builder r = request(path).GET();
		headers.forEach(r::header);
		return send(r.build());
	}

	/** Follows redirects from {@code path} until a page answers. */
	public Page open(String path) {
		Page page = get(path);
		for (int i = 0; i < 10 && page.isRedirect(); i++) {
			page = get(page.location());
		}
		return page;
	}

	/** Posts raw form fields, without a CSRF token unless given. */
	public Page post(String path, Map<String, String> fields) {
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(fields)))
			.build());
	}

	/**
	 * Posts a form body already encoded ({@code application/x-www-form-urlencoded}): for
	 * fields repeated under one name, which a map cannot hold.
	 */
	public Page postEncoded(String path, String body) {
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/**
	 * Posts form fields and one file as {@code multipart/form-data} (RFC 7578), as a
	 * browser posts a form with a file input.
	 */
	public Page postMultipart(String path, Map<String, String> fields, String fileField, String fileName,
			String contentType, byte[] content) {
		String boundary = "----kiosque" + System.nanoTime();
		var body = new java.io.ByteArrayOutputStream();
		fields.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	/**
	 * Posts raw form fields with extra request headers ({@code Origin},
	 * {@code Referer}...).
	 */
	public Page post(String path, Map<String, String> fields, Map<String, String> headers) {
		HttpRequest.Builder r = request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(fields)));
		headers.forEach(r::header);
		return send(r.build());
	}

	/**
	 * Opens {@code pagePath}, finds the form matching {@code formSelector}, keeps its
	 * fields (the hidden CSRF token among them), sets {@code fields} and submits it.
	 */
	public Page submit(String pagePath, String formSelector, Map<String, String> fields) {
		Page page = get(pagePath);
		return page.submit(this, formSelector, fields);
	}

	public String cookie(String name) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals(name))
			.findFirst()
			.map(HttpCookie::getValue)
			.orElse(null);
	}

	public void clearCookies() {
		cookies.getCookieStore().removeAll();
	}

	public String base() {
		return base;
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
			.header("User-Agent", userAgent)
			.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
			.header("Accept-Language", "fr-FR,fr;q=0.9")
			.timeout(Duration.ofSeconds(30));
		if (forwardedFor != null) {
			request.header("X-Forwarded-For", forwardedFor);
		}
		return request;
	}

	private Page send(HttpRequest request) {
		try {
			HttpResponse<String> response = http.send(request,
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Page(request.uri().getPath(), response);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** Form fields encoded as a browser posts them. */
	public static String form(Map<String, String> fields) {
		return encode(fields);
	}

	static String encode(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	/** An answer: status, headers, body and its parsed HTML. */
	public record Page(String path, HttpResponse<String> response) {

		public int status() {
			return response.statusCode();
		}

		public String body() {
			return response.body();
		}

		public Document html() {
			return Jsoup.parse(response.body(), "http://localhost" + path);
		}

		/** The page's visible text, no-break spaces as plain spaces. */
		public String text() {
			return html().body().text().replace('\u00a0', ' ').replace('\u202f', ' ');
		}

		public String header(String name) {
			return response.headers().firstValue(name).orElse(null);
		}

		public boolean isRedirect() {
			return status() / 100 == 3;
		}

		public String location() {
			String location = header("Location");
			if (location == null) {
				throw new AssertionError("No Location header; status " + status());
			}
			URI uri = URI.create(location);
			return uri.isAbsolute() ? uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
					: location;
		}

		public Page submit(Browser browser, String formSelector, Map<String, String> fields) {
			Element form = html().selectFirst(formSelector);
			if (form == null) {
				throw new AssertionError("No form " + formSelector + " on " + path + " (status " + status() + ")");
			}
			Map<String, String> values = new LinkedHashMap<>();
			for (Element input : form.select("input[name], textarea[name], select[name]")) {
				String type = input.attr("type");
				if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
					continue;
				}
				if (type.equals("submit")) {
					continue;
				}
				values.put(input.attr("name"), switch (input.tagName()) {
					case "textarea" -> input.text();
					case "select" -> selected(input);
					default -> input.val();
				});
			}
			values.putAll(fields);
			String action = form.attr("action").isEmpty() ? path : form.attr("action");
			return browser.post(action, values);
		}

		/** What a browser sends for a select: its selected option, else its first. */
		private static String selected(Element select) {
			Element option = select.selectFirst("option[selected]");
			if (option == null) {
				option = select.selectFirst("option");
			}
			return option == null ? "" : option.hasAttr("value") ? option.attr("value") : option.text();
		}
	}

}
