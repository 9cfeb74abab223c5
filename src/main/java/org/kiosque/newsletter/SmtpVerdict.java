package org.kiosque.newsletter;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import jakarta.mail.MessagingException;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.springframework.mail.MailSendException;

/**
 * What an SMTP failure means for a delivery: a 5xx reply is permanent (the address or the
 * message is refused), anything else — a 4xx reply, a refused connection, a timeout — is
 * temporary and worth another try later.
 */
enum SmtpVerdict {

	TEMPORARY, PERMANENT;

	static SmtpVerdict of(Throwable failure) {
		int code = replyCode(failure);
		return code >= 500 && code < 600 ? PERMANENT : TEMPORARY;
	}

	/** The SMTP reply code found anywhere in the failure, or -1. */
	static int replyCode(Throwable failure) {
		Deque<Throwable> todo = new ArrayDeque<>();
		Set<Throwable> seen = new HashSet<>();
		todo.add(failure);
		int found = -1;
		while (!todo.isEmpty()) {
			Throwable t = todo.poll();
			if (!seen.add(t)) {
				continue;
			}
			int code = switch (t) {
				case SMTPAddressFailedException e -> e.getReturnCode();
				case SMTPSenderFailedException e -> e.getReturnCode();
				case SMTPSendFailedException e -> e.getReturnCode();
				default -> -1;
			};
			// A temporary code anywhere wins over a permanent one: better one retry too
			// many.
			if (code >= 400 && code < 500) {
				return code;
			}
			if (code > found) {
				found = code;
			}
			if (t instanceof MailSendException send) {
				todo.addAll(send.getFailedMessages().values());
			}
			if (t instanceof MessagingException m && m.getNextException() != null) {
				todo.add(m.getNextException());
			}
			if (t.getCause() != null) {
				todo.add(t.getCause());
			}
		}
		return found;
	}

}
