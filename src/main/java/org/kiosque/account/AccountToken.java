package org.kiosque.account;

/**
 * What a mailed link is for; the link's token itself is a
 * {@link org.kiosque.site.MailTokens}.
 */
final class AccountToken {

	enum Purpose {

		VERIFY, RESET, EMAIL_CHANGE

	}

	private AccountToken() {
	}

}
