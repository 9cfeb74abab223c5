package org.kiosque.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kiosque.account.Role;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The tests' Kiosque sends through an SMTP server (GreenMail) with every sender left to
 * its default on {@code localhost}: what an operator who set {@code spring.mail.host} and
 * forgot the senders gets. Besides the warning logged once at start, the newsroom's home
 * page says it, naming each setting.
 */
@KiosqueTest
class MailSenderNoticeTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void staffAreToldThatMailLeavesFromLocalhostThroughTheSmtpServer() {
		var home = StaffSession.signedIn(context, port, Role.EDITOR).get("/newsroom");

		assertThat(home.status()).isEqualTo(200);
		assertThat(home.html().select(".newsroom-mail-sender").text())
			.startsWith("Les courriels partent d’une adresse sur localhost")
			.contains("kiosque.mail.from: no-reply@localhost", "kiosque.account.mail-from: no-reply@localhost",
					"kiosque.newsletter.from: newsletter@localhost",
					"kiosque.newsletter.unsubscribe-mailto: unsubscribe@localhost");
	}

}
