package org.kiosque.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kiosque.account.Role;
import org.kiosque.site.SavedSettings;
import org.kiosque.site.SiteSettings;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.Mailbox;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The daily edition goes out at the hour an admin set in the browser
 * ({@code POST /newsroom/settings}, {@code edition-hour}), read at each of the
 * scheduler's checks: not at the hour of the properties any more, not a minute before the
 * new one, and at it, the mail in the subscriber's box. The check is the scheduled one
 * ({@link DailyEdition#tick()}) with a clock the test moves (the shared test context
 * sends no daily edition of its own), on a day of its own far ahead so that no other
 * test's edition is that day's.
 */
@KiosqueTest
class EditionHourTests {

	@RegisterExtension
	NewsletterBeans newsletter = new NewsletterBeans();

	@Autowired
	ApplicationContext context;

	@Autowired
	SavedSettings saved;

	@Autowired
	SiteSettings site;

	@Autowired
	NewsletterSettings settings;

	@Autowired
	NewsletterPolicy policy;

	@Autowired
	JdbcClient jdbc;

	/** The far-future day the test's edition is made on. */
	private LocalDate day = LocalDate.of(2500, 1, 1).plusDays(System.nanoTime() % 30_000);

	@AfterEach
	void backToThePropertiesHour() {
		saved.reset(NewsletterPolicy.EDITION_TIME);
		// An edition dated in 2500 would be "the last one" for every test after this one
		// in
		// the shared database, which would then find nothing new to send.
		jdbc.sql("DELETE FROM delivery WHERE edition_id IN (SELECT id FROM edition WHERE edition_key = :key)")
			.param("key", "DAILY:" + day)
			.update();
		jdbc.sql("DELETE FROM edition WHERE edition_key = :key").param("key", "DAILY:" + day).update();
	}

	@Test
	void theDailyEditionGoesAtTheHourSetInTheSettingsPageAndNotAtTheOldOne() throws Exception {
		String email = Fixtures.address("heure-edition");
		Fixtures.confirmed(newsletter.register(), email);
		Fixtures.article(newsletter.newsdesk(), "Le marché de Noël ouvre " + System.nanoTime());
		LocalTime old = policy.editionTime();
		assertThat(old).isEqualTo(LocalTime.of(7, 0));
		MovedClock clock = new MovedClock(site.timeZone());
		DailyEdition daily = new DailyEdition(newsletter.editions(), everyDay(settings), site, clock, policy);

		Browser admin = StaffSession.signedIn(context, newsletter.port(), Role.ADMIN);
		var done = admin.submit("/newsroom/settings", "form#site-settings", Map.of("edition-hour", "16"));
		assertThat(done.status()).isEqualTo(302);

		clock.at(day, old.plusMinutes(5));
		daily.tick();
		clock.at(day, LocalTime.of(15, 59, 59));
		daily.tick();
		assertThat(edition(day)).as("no edition at the old hour, nor before the new one").isNull();

		clock.at(day, LocalTime.of(16, 0, 30));
		daily.tick();
		Long id = edition(day);
		assertThat(id).as("the day's edition at the hour set in the browser").isNotNull();
		Fixtures.awaitSent(newsletter.deliveries(), id);
		var copies = Fixtures.copies(email, id);
		assertThat(copies).hasSize(1);
		MimeMessage mail = copies.get(0);
		assertThat(mail.getSubject()).contains("l’édition du");
		assertThat(Mailbox.to(email)).hasSize(1);

		clock.at(day, LocalTime.of(18, 0));
		daily.tick();
		assertThat(Mailbox.to(email)).as("once a day").hasSize(1);
	}

	/** The day's edition's id, or {@code null} when none was made that day. */
	private Long edition(LocalDate day) {
		return jdbc.sql("SELECT id FROM edition WHERE edition_key = :key")
			.param("key", "DAILY:" + day)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	/** The test context's settings with the daily edition on, as in production. */
	private static NewsletterSettings everyDay(NewsletterSettings s) {
		return new NewsletterSettings(true, s.editionTime(), s.from(), s.unsubscribeMailto(), s.rate(), s.workers(),
				s.claimBatch(), s.claimTimeout(), s.lease(), s.pollInterval(), s.maxAttempts(), s.retryDelay(),
				s.maxRetryDelay(), s.suspendAfter(), s.confirmationValidity(), s.signupsPerHour(), s.dkim());
	}

	/** A clock the test sets to a moment of the site's day. */
	private static final class MovedClock extends Clock {

		private final ZoneId zone;

		private volatile Instant now = Instant.now();

		MovedClock(ZoneId zone) {
			this.zone = zone;
		}

		void at(LocalDate day, LocalTime time) {
			this.now = day.atTime(time).atZone(zone).toInstant();
		}

		@Override
		public ZoneId getZone() {
			return zone;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
