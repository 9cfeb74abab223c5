package org.kiosque.newsletter;

/** A newly queued edition: how many subscribers it is going to. */
public record Edition(long id, String subject, int articleCount, long recipients) {
}
