package org.kiosque.account;

/**
 * An account change that was refused; the message is ready to show (in the site's
 * language).
 */
public class AccountRefused extends RuntimeException {

	public AccountRefused(String message) {
		super(message);
	}

}
