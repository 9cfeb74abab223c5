package org.kiosque.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kiosque.support.Chromium;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.Mailbox;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A reader in a real browser (Debian's Chromium): register, follow the mail, sign in,
 * sign out.
 */
@KiosqueTest
@Tag(KiosqueTest.SAME_ON_EVERY_DATABASE)
@org.junit.jupiter.api.extension.ExtendWith(org.kiosque.support.ChromiumAvailable.class)
class SignInInChromiumTests {

	@LocalServerPort
	int port;

	private Chromium chromium;

	private WebDriver browser;

	@BeforeEach
	void openChromium() throws Exception {
		chromium = Chromium.open();
		browser = chromium.driver();
	}

	@AfterEach
	void closeChromium() {
		if (chromium != null) {
			chromium.close();
		}
	}

	/** Clicks and waits for the next page to replace this one. */
	private void follow(By what) {
		Chromium.follow(browser, what);
	}

	@Test
	void readerRegistersFollowsTheMailedLinkSignsInSeesTheirNameAndSignsOut() {
		String base = "http://127.0.0.1:" + port;
		String email = Signing.uniqueEmail("chromium");

		browser.get(base + "/");
		follow(By.linkText("Connectez-vous"));
		follow(By.linkText("Inscrivez-vous"));
		browser.findElement(By.id("email")).sendKeys(email);
		browser.findElement(By.id("displayName")).sendKeys("Camille Navigatrice");
		browser.findElement(By.id("password")).sendKeys(Signing.PASSWORD);
		follow(By.cssSelector("form#register button[type=submit]"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Vérifiez votre messagerie");

		String link = Mailbox.link(Mailbox.await(email, 1).get(0), "register/confirm");
		browser.get(base + link);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Adresse confirmée");

		follow(By.cssSelector("main a[href='/login']"));
		Chromium.submitSignIn(browser, email, Signing.PASSWORD);
		assertThat(browser.findElement(By.cssSelector(".account .reader-name")).getText())
			.isEqualTo("Camille Navigatrice");

		follow(By.cssSelector(".account form[action='/logout'] button"));
		assertThat(browser.findElements(By.linkText("Connectez-vous"))).hasSize(1);
		assertThat(browser.findElements(By.cssSelector(".account .reader-name"))).isEmpty();
	}

}
