package org.kiosque.newsletter;

import java.time.Clock;
import java.time.ZonedDateTime;

import org.kiosque.site.SiteSettings;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts the morning edition once the set hour has passed in the site's time zone. Every
 * node ticks; {@link Editions#daily} lets only one of them make the day's edition. A node
 * that was down at the set hour makes it when it comes back, the same day.
 */
@Component
class DailyEdition {

	private final Editions editions;

	private final NewsletterSettings settings;

	private final SiteSettings site;

	private final Clock clock;

	private final NewsletterPolicy policy;

	DailyEdition(Editions editions, NewsletterSettings settings, SiteSettings site, Clock clock,
			NewsletterPolicy policy) {
		this.policy = policy;
		this.editions = editions;
		this.settings = settings;
		this.site = site;
		this.clock = clock;
	}

	@Scheduled(initialDelay = 15_000, fixedDelay = 30_000)
	void tick() {
		if (!settings.daily()) {
			return;
		}
		ZonedDateTime now = clock.instant().atZone(site.timeZone());
		if (now.toLocalTime().isBefore(policy.editionTime())) {
			return;
		}
		editions.daily(now.toLocalDate());
	}

}
