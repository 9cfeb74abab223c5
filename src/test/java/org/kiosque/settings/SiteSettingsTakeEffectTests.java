package org.kiosque.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kiosque.account.Role;
import org.kiosque.article.ArticleDraft;
import org.kiosque.article.ArticleStatus;
import org.kiosque.article.LeadImage;
import org.kiosque.article.Newsdesk;
import org.kiosque.site.SavedSettings;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.Mailbox;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Settings saved on the page reach what is made after: the time zone moves the time an
 * article page prints; the public address and the name make a mail's links, its
 * {@code Message-ID} and its sender's name (received by a real SMTP server, GreenMail).
 * Every test puts the defaults back.
 */
@KiosqueTest
class SiteSettingsTakeEffectTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	SavedSettings saved;

	@Autowired
	Newsdesk newsdesk;

	@AfterEach
	void backToTheDefaults() {
		for (Setting setting : Setting.values()) {
			saved.reset(setting.savedAs());
		}
	}

	@Test
	void theTimeZoneMovesThePrintedTime() {
		Instant noon = Instant.parse("2026-01-15T12:00:00Z");
		var article = newsdesk
			.create(new ArticleDraft("À midi en temps universel " + System.nanoTime(), null, "Texte.", null, List.of(),
					null, null, new LeadImage(null, null, null), ArticleStatus.PUBLISHED, noon, true, null), 0);
		assertThat(dateline(article.path())).contains("13 h 00");
		Browser admin = StaffSession.signedIn(context, port, Role.ADMIN);

		admin.submit("/newsroom/settings", "form#site-settings", Map.of("time-zone", "America/New_York"));

		assertThat(dateline(article.path())).contains("7 h 00").doesNotContain("13 h 00");
	}

	@Test
	void aMailCarriesTheAddressAndTheNameSetHere() throws Exception {
		Browser admin = StaffSession.signedIn(context, port, Role.ADMIN);
		String name = "Le Matin " + System.nanoTime();
		admin.submit("/newsroom/settings", "form#site-settings",
				Map.of("name", name, "base-url", "https://journal.exemple.fr"));
		String email = "lecteur-" + System.nanoTime() + "@exemple.fr";

		var registered = new Browser(port).submit("/register", "form#register",
				Map.of("email", email, "displayName", "Léa", "password", "Une phrase de passe solide 2026"));

		assertThat(registered.status()).isEqualTo(200);
		MimeMessage mail = Mailbox.await(email, 1).get(0);
		assertThat(mail.getHeader("Message-ID")[0]).endsWith("@journal.exemple.fr>");
		assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo(name);
		assertThat(Mailbox.decoded(mail)).contains("https://journal.exemple.fr/register/confirm");
	}

	private String dateline(String path) {
		return new Browser(port).get(path).html().select(".dateline time").first().text();
	}

}
