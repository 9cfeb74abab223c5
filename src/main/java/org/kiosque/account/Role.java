package org.kiosque.account;

/** Who someone is to the newspaper. Staff roles include the ones below them. */
public enum Role {

	READER, CONTRIBUTOR, EDITOR, ADMIN;

	public boolean isStaff() {
		return this != READER;
	}

	/**
	 * Whether this role may do what {@code other} may: an editor includes a contributor.
	 */
	public boolean includes(Role other) {
		return ordinal() >= other.ordinal();
	}

}
