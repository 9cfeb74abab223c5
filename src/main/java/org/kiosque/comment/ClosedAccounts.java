package org.kiosque.comment;

import org.kiosque.account.AccountClosed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A reader who closes their account leaves their comments behind, without their name. */
@Component
class ClosedAccounts {

	private static final Logger log = LoggerFactory.getLogger(ClosedAccounts.class);

	private final CommentRepository repository;

	private final ApplicationEventPublisher events;

	ClosedAccounts(CommentRepository repository, ApplicationEventPublisher events) {
		this.repository = repository;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(AccountClosed closed) {
		int n = repository.anonymise(closed.readerId(), closed.email());
		log.info("Account {} closed: {} comment(s) anonymised", closed.readerId(), n);
		if (n > 0) {
			events.publishEvent(new CommentsAnonymised(closed.readerId(), n));
		}
	}

}
