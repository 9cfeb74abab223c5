package org.kiosque.account;

import java.util.ArrayList;
import java.util.List;

import org.kiosque.site.KiosqueSettings;
import org.jspecify.annotations.Nullable;
import org.kiosque.site.Labels;
import org.kiosque.site.SiteSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * A fresh install has nobody to run the newsroom: the log gives a one-time setup code for
 * the browser ({@code /newsroom/setup}, see {@link FirstAdminSetup}), new at each start
 * and forgotten when the node stops, and says how to create the first admin with a
 * command that works right after {@code ./mvnw spring-boot:run} (no jar built yet) and
 * while the server runs (H2's automatic mixed mode, or PostgreSQL).
 */
@Component
class FirstAdminNotice {

	private static final Logger log = LoggerFactory.getLogger(FirstAdminNotice.class);

	private final People people;

	private final boolean command;

	private final String dataDir;

	private final Environment environment;

	private final Labels labels;

	private final SetupCodes codes;

	private final FirstAdminSetup setup;

	private final SiteSettings site;

	private volatile @Nullable String code;

	FirstAdminNotice(People people, KiosqueSettings settings, Environment environment, Labels labels, SetupCodes codes,
			SiteSettings site, FirstAdminSetup setup) {
		this.setup = setup;
		this.people = people;
		this.codes = codes;
		this.site = site;
		this.labels = labels;
		this.command = settings.command();
		this.dataDir = settings.dataDir().toString();
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void tellHowToCreateTheFirstAdmin() {
		if (command || people.hasAdmin()) {
			return;
		}
		if (setup.open()) {
			String issued = codes.issue();
			code = issued;
			log.warn(labels.get("account.setup.log", issued, site.absolute(FirstAdminPage.PATH)));
		}
		log.warn(notice(labels, dataDir, List.of(environment.getActiveProfiles())));
	}

	/** A stopped node's code goes with it: the next start prints a new one. */
	@EventListener(ContextClosedEvent.class)
	void forgetTheCode() {
		String issued = code;
		if (issued != null) {
			code = null;
			try {
				codes.retire(issued);
			}
			catch (RuntimeException e) {
				// The database may be closing too; the code expires anyway.
				log.debug("Setup code not retired at stop", e);
			}
		}
	}

	/**
	 * The notice: the Maven form first (it needs nothing built), then bin/kiosque's (once
	 * the jar is built). Settings the server was started with that a command must share
	 * are repeated. In the site's language, like every word the operator reads from
	 * Kiosque.
	 */
	static String notice(Labels labels, String dataDir, List<String> profiles) {
		List<String> settings = new ArrayList<>();
		if (!dataDir.equals("./data") && !dataDir.equals("data")) {
			settings.add("--kiosque.data-dir=" + dataDir);
		}
		if (!profiles.isEmpty()) {
			settings.add("--spring.profiles.active=" + String.join(",", profiles));
		}
		String shared = settings.isEmpty() ? "" : " " + String.join(" ", settings);
		String email = labels.get("account.first-admin.email");
		String name = labels.get("account.first-admin.name");
		String maven = "./mvnw -q spring-boot:run -Dspring-boot.run.arguments=\"user add " + email
				+ " --role=ADMIN --name='" + name + "'" + shared + "\"";
		String launcher = "bin/kiosque user add " + email + " --role=ADMIN --name=\"" + name + "\"" + shared;
		return labels.get("account.first-admin", maven, launcher);
	}

}
