package org.kiosque.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kiosque.account.Role;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.StaffSession;
import org.kiosque.site.SavedSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The comment policy an admin sets on {@code /newsroom/settings} governs the next comment
 * and the threads at once, over real HTTP: post-moderation publishes a known reader's
 * comment without waiting (pre-moderation, the default, holds it); a shorter time open
 * closes an older article's thread. The defaults are put back after each test.
 */
@KiosqueTest
class CommentPolicyFromSettingsTests {

	@RegisterExtension
	CommentFixtures fixtures = new CommentFixtures();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	SavedSettings saved;

	@AfterEach
	void backToTheDefaults() {
		saved.reset(CommentPolicy.MODERATION);
		saved.reset(CommentPolicy.CLOSE_AFTER);
	}

	@Test
	void postModerationSetHerePublishesAKnownReaderAtOnce() {
		var article = fixtures.article();
		String email = CommentFixtures.email();
		long first = CommentFixtures.idFrom(
				fixtures.post(fixtures.reader(), article.path(), "Habituée", email, "Premier " + System.nanoTime()));
		fixtures.approve(first);
		String held = "Retenu sous modération a priori " + System.nanoTime();
		fixtures.post(fixtures.reader(), article.path(), "Habituée", email, held);
		assertThat(fixtures.articlePage(new Browser(port), article).text()).doesNotContain(held);

		Browser admin = StaffSession.signedIn(context, port, Role.ADMIN);
		assertThat(admin.submit("/newsroom/settings", "form#site-settings", Map.of("moderation", "post")).status())
			.isEqualTo(302);
		String published = "Publié aussitôt " + System.nanoTime();
		fixtures.post(fixtures.reader(), article.path(), "Habituée", email, published);

		assertThat(fixtures.articlePage(new Browser(port), article).text()).contains(published).doesNotContain(held);
	}

	@Test
	void aShorterTimeOpenClosesAnOlderThread() {
		var article = fixtures.article(Instant.now().minus(10, ChronoUnit.DAYS));
		assertThat(fixtures.articlePage(new Browser(port), article).html().select("form.comment-form")).hasSize(1);
		Browser admin = StaffSession.signedIn(context, port, Role.ADMIN);

		admin.submit("/newsroom/settings", "form#site-settings", Map.of("close-after-days", "7"));

		var page = fixtures.articlePage(new Browser(port), article);
		assertThat(page.html().select("form.comment-form")).isEmpty();
		assertThat(page.html().select(".comments-closed")).hasSize(1);
	}

}
