package org.kiosque.newsletter;

/** Why an edition went out. */
enum EditionKind {

	/** The scheduled morning edition: one per day, whatever the number of nodes. */
	DAILY,
	/** Sent by an editor ("send now") or by {@code newsletter send}. */
	MANUAL,
	/** One article, sent by an editor. */
	ALERT

}
