package org.kiosque.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where a hook may not point, with the default settings: the server's own network (SSRF).
 * Refused when the hook is registered, and again before each delivery, after the name is
 * resolved: a receiver listening on 127.0.0.1 gets nothing.
 */
class WebhookAddressTests {

	private final Destinations defaults = new Destinations(WebhookSettings.defaults());

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1/hook", "http://127.8.9.10:8080/", "http://localhost:8080/hook",
			"http://intranet.localhost/", "https://10.1.2.3/", "http://172.16.0.1/", "http://172.31.255.255/",
			"http://192.168.1.10/", "http://169.254.169.254/latest/meta-data/", "http://100.64.0.1/", "http://0.0.0.0/",
			"http://[::1]/", "http://[fd12:3456::1]/", "http://[fe80::1]/", "http://[::ffff:127.0.0.1]/",
			"http://[::ffff:10.0.0.1]/", "http://[64:ff9b::a9fe:a9fe]/", "http://224.0.0.1/", "http://2130706433/" })
	void privateAndLocalAddressesAreRefusedByDefault(String url) {
		assertThat(defaults.refusal(url)).as(url).contains("webhooks.problem.private");
		assertThat(defaults.refusalBeforeSending(URI.create(url))).as(url).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ftp://exemple.fr/", "file:///etc/passwd", "https://alice:secret@exemple.fr/",
			"exemple.fr/hook", "http:///sans-hote", "javascript:alert(1)", "" })
	void onlyHttpAddressesWithAHostAndNoCredentialsAreTaken(String url) {
		assertThat(defaults.refusal(url)).as(url).contains("webhooks.problem.url");
	}

	@Test
	void publicAddressesAreTaken() throws Exception {
		assertThat(defaults.refusal("https://93.184.215.14/kiosque")).isEmpty();
		assertThat(defaults.refusal("https://[2606:4700::1111]/kiosque")).isEmpty();
		assertThat(Destinations.isPublic(InetAddress.getByName("8.8.8.8"))).isTrue();
		assertThat(Destinations.isPublic(InetAddress.getByName("172.32.0.1"))).isTrue();
	}

	@Test
	void theSettingLetsATestOrAnIntranetReceiverBeCalled() {
		WebhookSettings d = WebhookSettings.defaults();
		WebhookSettings allowing = new WebhookSettings(true, d.connectTimeout(), d.timeout(), d.maxAttempts(),
				d.retryDelay(), d.maxRetryDelay(), d.pollInterval(), d.claimTimeout(), d.failingAfter(),
				d.disableAfter(), d.keepFor());
		assertThat(new Destinations(allowing).refusal("http://127.0.0.1:8080/hook")).isEmpty();
	}

	@Test
	void aDeliveryToALocalReceiverIsRefusedWithoutCallingIt() throws Exception {
		try (Receiver receiver = new Receiver()) {
			Courier courier = new Courier(defaults, WebhookSettings.defaults(), Clock.systemUTC());
			Courier.Answer answer = courier.post(URI.create(receiver.url("/interne")), "article.published", "1", "{}",
					"whsec_test");
			assertThat(answer.succeeded()).isFalse();
			assertThat(answer.status()).isNull();
			assertThat(answer.excerpt()).contains("private or local address");
			assertThat(receiver.received()).as("nothing reached the receiver").isEmpty();
		}
	}

}
