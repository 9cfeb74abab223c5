package org.kiosque.account;

/**
 * Who someone is to the newspaper. Staff roles include the ones below them. Which pages a
 * role opens is declared once, in the access rules; ask
 * {@link NewsroomAccess#mayOpen(Role, String)} rather than comparing roles.
 */
public enum Role {

	READER, CONTRIBUTOR, EDITOR, ADMIN;

	/**
	 * Whether this role may do what {@code other} may: an editor includes a contributor.
	 */
	public boolean includes(Role other) {
		return ordinal() >= other.ordinal();
	}

}
