package org.kiosque.wires;

/**
 * What the agency says may be done with an item (IPTC's {@code pubStatus}: NewsML-G2
 * {@code stat:usable}, {@code stat:withheld}, {@code stat:canceled}; ninjs
 * {@code pubstatus}; NITF {@code doc.management.status}).
 */
public enum WireStatus {

	/** May be published (subject to its embargo). */
	USABLE,

	/** Temporarily not to be used: an article made from it comes down at once. */
	WITHHELD,

	/** Withdrawn for good (a kill): an article made from it comes down at once. */
	CANCELED;

	/** Whether the item takes back whatever was published from it. */
	public boolean withdraws() {
		return this != USABLE;
	}

}
