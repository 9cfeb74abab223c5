package org.kiosque.site;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Signs a finished mail as it leaves (the newsletter's DKIM): gets the mail exactly as it
 * will go and returns the one to send, which must keep its {@code Message-ID}
 * ({@link OutgoingMail#sealWith}).
 */
@FunctionalInterface
public interface MailSeal {

	/**
	 * @param finished the mail, headers saved
	 * @return the mail to send: {@code finished} itself or a signed copy
	 */
	MimeMessage seal(MimeMessage finished) throws MessagingException;

}
