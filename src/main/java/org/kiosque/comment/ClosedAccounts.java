package org.kiosque.comment;

import org.kiosque.account.AccountClosed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A reader who closes their account leaves their comments behind, without their name. */
@Component
class ClosedAccounts {

	private static final Logger log = LoggerFactory.getLogger(ClosedAccounts.class);

	private final CommentRepository repository;

	ClosedAccounts(CommentRepository repository) {
		this.repository = repository;
	}

	@ApplicationModuleListener
	void on(AccountClosed closed) {
		int n = repository.anonymise(closed.readerId(), closed.email());
		log.info("Account {} closed: {} comment(s) anonymised", closed.readerId(), n);
	}
}
