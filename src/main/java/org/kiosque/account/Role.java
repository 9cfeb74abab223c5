package org.kiosque.account;

/** Who someone is to the newspaper. Staff roles include the ones below them. */
public enum Role {
	READER, CONTRIBUTOR, EDITOR, ADMIN;

	public boolean isStaff() {
		return this != READER;
	}
}
