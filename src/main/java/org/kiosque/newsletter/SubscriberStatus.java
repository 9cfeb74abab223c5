package org.kiosque.newsletter;

/** Where an address stands. Only {@code CONFIRMED} addresses receive editions. */
enum SubscriberStatus {

	/**
	 * Asked to subscribe, has not clicked the confirmation link: gets nothing but that
	 * link.
	 */
	PENDING, CONFIRMED, UNSUBSCRIBED,
	/** Kept failing permanently: no more mail until the reader subscribes again. */
	SUSPENDED

}
