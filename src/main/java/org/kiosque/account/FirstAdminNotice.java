package org.kiosque.account;

import org.kiosque.site.KiosqueSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A fresh install has nobody to run the newsroom: the log says how to create the first
 * admin.
 */
@Component
class FirstAdminNotice {

	private static final Logger log = LoggerFactory.getLogger(FirstAdminNotice.class);

	private final People people;

	private final boolean command;

	FirstAdminNotice(People people, KiosqueSettings settings) {
		this.people = people;
		this.command = settings.command();
	}

	@EventListener(ApplicationReadyEvent.class)
	void tellHowToCreateTheFirstAdmin() {
		if (command || people.hasAdmin()) {
			return;
		}
		log.warn("No admin account yet. Create one with: java -jar target/kiosque.jar user add you@example.org "
				+ "--role=ADMIN --name=\"Your Name\" (the password is read from standard input; "
				+ "or add --generate-password to get one printed)");
	}

}
