package org.kiosque.account;

/**
 * A reader deleted their account. Other features forget them: comments are kept but
 * anonymised, the newsletter subscription ends.
 */
public record AccountClosed(long readerId, String email) {
}
