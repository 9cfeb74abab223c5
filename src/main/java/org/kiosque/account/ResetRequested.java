package org.kiosque.account;

/**
 * Someone asked for a password reset link for {@code email}, which may or may not have an
 * account: kept in the event publication registry, handled after the answer.
 *
 * @param email the normalised address asked for
 */
record ResetRequested(String email) {
}
