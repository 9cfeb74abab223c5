package org.kiosque.account;

/** Implemented by the security principal of a signed-in reader or staff member. */
public interface ReaderPrincipal {

	ReaderIdentity identity();

}
