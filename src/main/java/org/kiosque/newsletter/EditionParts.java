package org.kiosque.newsletter;

/**
 * An edition as rendered once for everyone; {@link Letters#UNSUBSCRIBE_MARK} stands for
 * each reader's link.
 */
record EditionParts(long id, String subject, String html, String text) {
}
